import { describe, expect, it } from 'vitest'
import type { StationSummary } from '../../../src/live/protocol'
import { mirrorStateFrom } from '../../../src/staff/mirror-state'
import {
  CONSOLE_TUNABLES,
  formatDuration,
  isStuck,
  sceneLabel,
  taskLines,
} from '../../../src/staff/station-view'
import { createAppStore } from '../../../src/state/app-store'
import { selectStage, selectStep } from '../../../src/state/selectors'
import { loadTasks } from '../../../src/errands/load-tasks'
import { lobbyState, testStation } from '../live/live-client'

const tasks = loadTasks()

function inTask(
  overrides: Partial<NonNullable<StationSummary['state']['task']>> = {},
  step = 1_000_000,
): StationSummary {
  return {
    id: testStation(1).id,
    connected: true,
    disconnectedAt: null,
    startedAt: { session: 900_000, task: 950_000, step },
    state: lobbyState({
      scene: 'bank',
      locale: 'en',
      entries: { bankgiro: '5050' },
      heldItem: 'bank.bill',
      task: {
        id: 'pay-bill',
        status: 'running',
        stepIndex: 4,
        stepCount: 11,
        stepId: 'enter-bankgiro',
        stepTextKey: 'bank.step.enter-bankgiro',
        hints: 1,
        mistakes: 0,
        stepHints: 1,
        stepMistakes: 0,
        hint: { textKey: 'bank.hint.enter-bankgiro', reason: 'staff' },
        feedback: null,
        guided: false,
        waitingForStaff: false,
        values: {},
        ...overrides,
      },
    }),
  }
}

describe('station card view model', () => {
  it('shows the step line in the console language and the step text in the visitor language', () => {
    const lines = taskLines(inTask(), tasks, 'sv')
    expect(lines).toEqual({
      title: expect.any(String),
      progress: 'Steg 5 av 11',
      stepText: expect.stringMatching(/bankgiro/i),
    })
    expect(taskLines(inTask(), tasks, 'en')?.stepText).toBe(lines?.stepText)
    expect(taskLines(inTask({ status: 'completed', stepTextKey: null }), tasks, 'en')?.progress).toBe(
      'Task completed',
    )
    expect(taskLines({ ...inTask(), state: lobbyState() }, tasks, 'en')).toBeNull()
  })

  it('warns that a visitor is stuck after a long time on one step, but not while waiting for staff', () => {
    const stuckAt = 1_000_000 + CONSOLE_TUNABLES.stuckAfterSeconds * 1000
    expect(isStuck(inTask(), stuckAt - 1)).toBe(false)
    expect(isStuck(inTask(), stuckAt)).toBe(true)
    expect(isStuck(inTask({ waitingForStaff: true }), stuckAt)).toBe(false)
    expect(isStuck({ ...inTask(), connected: false }, stuckAt)).toBe(false)
    expect(isStuck(inTask({ status: 'completed' }), stuckAt)).toBe(false)
  })

  it('names the place in the console language, and falls back to the scene id', () => {
    expect(sceneLabel('bank', 'en')).toBe('Bank')
    expect(sceneLabel('lobby', 'sv')).toBe('Lobbyn')
    expect(sceneLabel('library', 'en')).toBe('library')
  })

  it('formats time on a step as minutes and seconds', () => {
    expect(formatDuration(0)).toBe('0:00')
    expect(formatDuration(65_400)).toBe('1:05')
    expect(formatDuration(3_725_000)).toBe('1:02:05')
    expect(formatDuration(-5)).toBe('0:00')
  })
})

describe('spectator mirror', () => {
  it('rebuilds the state the scene renders from, so the same components show what the visitor sees', () => {
    const mirror = createAppStore({ tasks, emitTelemetry: () => {}, appVersion: 'test' })
    mirror.setState(mirrorStateFrom(inTask(), 5_000))
    const state = mirror.getState()
    expect(state).toMatchObject({
      scene: 'bank',
      locale: 'en',
      heldItem: 'bank.bill',
      entries: { bankgiro: '5050' },
    })
    expect(selectStep(state)?.id).toBe('enter-bankgiro')
    expect(selectStage(state)).toBe('pay-form')
    expect(state.run?.hint?.reason).toBe('staff')
    // Times move from the server's clock to this device's.
    expect(state.run?.stepStartedAt).toBe(995_000)
    expect(state.sessionStartedAt).toBe(895_000)
  })
})
