import { describe, expect, it } from 'vitest'
import { telemetryEventSchema } from '../../../src/telemetry/event-schema'
import { createTestStore, typesOf } from '../../fixtures/test-store'

function surveyStore() {
  const test = createTestStore(undefined, { askConfidence: true })
  test.store.getState().enter('desktop')
  return test
}

describe('survey slice', () => {
  it('asks how sure the visitor is before the task, and starts the task only after the answer', () => {
    const { store, events } = surveyStore()
    store.getState().startTask('pay-bill')
    expect(store.getState().scene).toBe('bank')
    expect(store.getState().run).toBeNull()
    store.getState().rateConfidence(2)
    expect(store.getState().survey).toBeNull()
    expect(store.getState().run?.status).toBe('running')
    const rated = events.find((event) => event.type === 'confidence_rated')
    expect(rated).toMatchObject({ task: 'pay-bill', step: null, payload: { phase: 'before', value: 2 } })
    expect(typesOf(events).slice(-3)).toEqual(['confidence_rated', 'task_started', 'step_started'])
  })

  it('asks again after the task, then asks for feedback, and reports both', () => {
    const { store, events } = surveyStore()
    store.getState().startTask('pay-bill')
    store.getState().skipSurvey()
    expect(store.getState().run?.status).toBe('running')
    while (store.getState().run?.status === 'running') store.getState().skipStep('staff')
    expect(store.getState().survey).toEqual({ stage: 'confidence-after', taskId: 'pay-bill' })
    store.getState().rateConfidence(4)
    expect(store.getState().survey?.stage).toBe('feedback')
    store.getState().giveFeedback({ hardest: ['enter-ocr'], unclear: ['words'], tryReal: 'maybe' })
    expect(store.getState().survey).toBeNull()
    const after = events.filter((event) => event.type === 'confidence_rated')
    expect(after.map((event) => event.payload)).toEqual([{ phase: 'after', value: 4 }])
    const feedback = events.find((event) => event.type === 'feedback_given')
    expect(feedback).toMatchObject({
      task: 'pay-bill',
      payload: { hardest: ['enter-ocr'], unclear: ['words'], tryReal: 'maybe' },
    })
    for (const event of events) expect(telemetryEventSchema.safeParse(event).success, event.type).toBe(true)
  })

  it('sends the errand wished for next as its own event, and none when the visitor chose none', () => {
    const { store, events } = surveyStore()
    store.getState().setAskConfidence(false, 'staff')
    store.getState().startTask('pay-bill')
    while (store.getState().run?.status === 'running') store.getState().skipStep('staff')
    store.getState().giveFeedback({ hardest: [], unclear: [], tryReal: null, wish: 'parking-permit' })
    expect(store.getState().survey).toBeNull()
    const feedback = events.find((event) => event.type === 'feedback_given')
    expect(feedback?.payload).toEqual({ hardest: [], unclear: [], tryReal: null })
    const wished = events.filter((event) => event.type === 'practice_wished')
    expect(wished).toHaveLength(1)
    expect(wished[0]).toMatchObject({ task: 'pay-bill', step: null, payload: { wish: 'parking-permit' } })
    for (const event of events) expect(telemetryEventSchema.safeParse(event).success, event.type).toBe(true)

    const second = surveyStore()
    second.store.getState().setAskConfidence(false, 'staff')
    second.store.getState().startTask('pay-bill')
    while (second.store.getState().run?.status === 'running') second.store.getState().skipStep('staff')
    second.store.getState().giveFeedback({ hardest: [], unclear: ['words'], tryReal: null, wish: null })
    expect(second.events.some((event) => event.type === 'practice_wished')).toBe(false)
    expect(second.events.filter((event) => event.type === 'feedback_given')).toHaveLength(1)
  })

  it('skips the confidence questions when staff turned them off, but still asks for feedback', () => {
    const { store, events } = surveyStore()
    store.getState().setAskConfidence(false, 'staff')
    store.getState().startTask('pay-bill')
    expect(store.getState().run?.status).toBe('running')
    while (store.getState().run?.status === 'running') store.getState().skipStep('staff')
    expect(store.getState().survey?.stage).toBe('feedback')
    expect(events.some((event) => event.type === 'confidence_rated')).toBe(false)
    expect(events.find((event) => event.type === 'setting_changed')).toMatchObject({
      source: 'staff',
      payload: { setting: 'confidence', value: 'false' },
    })
  })

  it('leaving the task drops its questions', () => {
    const { store } = surveyStore()
    store.getState().startTask('pay-bill')
    store.getState().leaveTask('left')
    expect(store.getState().survey).toBeNull()
    expect(store.getState().scene).toBe('lobby')
  })
})
