import { describe, expect, it } from 'vitest'
import { PRACTICE_FAMILY } from '../../../../scenes/e-service/practice-family'
import { SERVICES } from '../../../../scenes/e-service/options'
import { loadCatalog } from '../../../../src/server/catalog'
import { checkEvents } from '../../../../src/server/ingest'
import { hasValidMod10CheckDigit } from '../../../../src/tasks/check-digit'
import { loadTasks } from '../../../../src/tasks/registry'
import { judgeStep, mistakeCodesOf } from '../../../../src/tasks/rule-registry'
import type { RuleInput } from '../../../../src/tasks/rule'
import type { TaskDefinition } from '../../../../src/tasks/schema'
import { errandTask } from '../../../fixtures/tasks'
import { complete, contextOf, mistake, submit } from '../../../fixtures/rules'
import { makeEvent } from '../../server/harness'

const preschool = errandTask('apply-preschool')
const booking = errandTask('book-visit')

/** Judges one input on a step of a task that started at this local time. */
function judgeAt(task: TaskDefinition, stepId: string, startedAt: Date) {
  const step = task.steps.find((candidate) => candidate.id === stepId)
  if (!step) throw new Error(`no step ${stepId}`)
  return (input: RuleInput) => judgeStep(step.complete, input, contextOf({ startedAt: startedAt.getTime() }))
}

describe('the e-service task files', () => {
  it('validate, and the app finds both in the e-service scene', () => {
    const byId = new Map(loadTasks().map((task) => [task.id, task]))
    expect(byId.get('apply-preschool')?.scene).toBe('e-service')
    expect(byId.get('book-visit')?.scene).toBe('e-service')
    expect(preschool.steps.length).toBeGreaterThanOrEqual(10)
    expect(booking.steps.length).toBeGreaterThanOrEqual(6)
  })

  it("are in the server's catalog: ingest accepts each step's progress and each mistake code it can report", async () => {
    const catalog = await loadCatalog()
    expect(catalog.scenes.has('e-service')).toBe(true)
    const events = [preschool, booking].flatMap((task) =>
      task.steps.flatMap((step, stepIndex) => {
        const envelope = { scene: 'e-service', task: task.id, step: step.id }
        return [
          makeEvent(
            'step_completed',
            { stepIndex, durationMs: 1000, hints: 0, mistakes: 0, skipped: false },
            envelope,
          ),
          ...[...mistakeCodesOf(step.complete)].map((code) =>
            makeEvent('mistake', { stepIndex, code }, envelope),
          ),
        ]
      }),
    )
    expect(events.filter((event) => event.type === 'mistake').length).toBeGreaterThan(10)
    const checked = checkEvents(events, { catalog, retentionDays: 365, now: Date.now() })
    expect(checked.rejected).toEqual([])
    expect(checked.valid).toHaveLength(events.length)
  })

  it('treat every service but the preschool application as the wrong one', () => {
    const find = judgeAt(preschool, 'find-service', new Date(2025, 2, 17, 10))
    expect(find({ type: 'activate', target: 'eservice.service.preschool-apply' })).toEqual(complete)
    for (const service of SERVICES.filter((candidate) => candidate.id !== 'preschool-apply')) {
      expect(find({ type: 'activate', target: `eservice.service.${service.id}` })).toEqual(
        mistake('wrong-service'),
      )
    }
  })

  it('ask for choices the screens offer', () => {
    // A page's choice draws its options from the step's rule: the expected ones must be among them.
    const offered = (task: TaskDefinition, stepId: string) => {
      const rule = task.steps.find((step) => step.id === stepId)?.complete
      return rule?.rule === 'choose' ? (rule.params.options ?? []).map((option) => option.id) : []
    }
    expect(offered(preschool, 'choose-preschools')).toEqual(
      expect.arrayContaining([...PRACTICE_FAMILY.preschools]),
    )
    expect(offered(preschool, 'choose-hours')).toContain(PRACTICE_FAMILY.hours)
    expect(offered(booking, 'choose-help')).toContain(PRACTICE_FAMILY.help)
  })
})

describe("the child's identity number", () => {
  const enter = judgeAt(preschool, 'enter-child-id', new Date(2025, 2, 17, 10))
  const digits = PRACTICE_FAMILY.child.personnummer.replace(/\D/g, '')

  it('on the letter is a valid personnummer: the Luhn digit over its ten digits adds up', () => {
    expect(hasValidMod10CheckDigit(digits.slice(2))).toBe(true)
    expect(hasValidMod10CheckDigit(PRACTICE_FAMILY.guardian.personnummer.replace(/\D/g, '').slice(2))).toBe(
      true,
    )
  })

  it('is accepted with twelve or ten digits, with or without the dash', () => {
    for (const typed of [digits, digits.slice(2), PRACTICE_FAMILY.child.personnummer, '240315-9821']) {
      expect(enter(submit('child-id', typed)), typed).toEqual(complete)
    }
  })

  it('with any other last digit is a check-digit error, and a digit too few a length error', () => {
    for (let last = 0; last <= 9; last++) {
      const typed = `${digits.slice(0, -1)}${last}`
      if (typed !== digits) expect(enter(submit('child-id', typed)), typed).toEqual(mistake('check-digit'))
    }
    expect(enter(submit('child-id', digits.slice(0, -1)))).toEqual(mistake('wrong-length'))
  })

  it("is not the guardian's, which is valid but another person's", () => {
    expect(enter(submit('child-id', PRACTICE_FAMILY.guardian.personnummer))).toEqual(mistake('mismatch'))
  })
})

describe('the start date: at least four months ahead, on a weekday, within a year', () => {
  it('allows exactly four months after the day the task started, and not the day before', () => {
    // Monday 17 March 2025 plus four months is Thursday 17 July.
    const pick = judgeAt(preschool, 'pick-start-date', new Date(2025, 2, 17, 10))
    expect(pick(submit('start-date', '2025-07-17'))).toEqual(complete)
    expect(pick(submit('start-date', '2025-07-16'))).toEqual(mistake('too-early'))
    expect(pick(submit('start-date', '2025-03-17'))).toEqual(mistake('too-early'))
  })

  it('counts from the local date even a minute before midnight, and to the end of a short month', () => {
    // 31 October 2027 plus four months is Tuesday 29 February 2028, a leap day.
    const pick = judgeAt(preschool, 'pick-start-date', new Date(2027, 9, 31, 23, 59))
    expect(pick(submit('start-date', '2028-02-29'))).toEqual(complete)
    expect(pick(submit('start-date', '2028-02-28'))).toEqual(mistake('too-early'))
  })

  it('refuses a weekend and a day more than a year away', () => {
    const pick = judgeAt(preschool, 'pick-start-date', new Date(2025, 2, 17, 10))
    expect(pick(submit('start-date', '2025-07-19'))).toEqual(mistake('unavailable'))
    expect(pick(submit('start-date', '2026-03-17'))).toEqual(complete)
    expect(pick(submit('start-date', '2026-03-18'))).toEqual(mistake('too-late'))
  })
})

describe('booking a visit', () => {
  // Monday 17 March 2025.
  const startedAt = new Date(2025, 2, 17, 10)

  it('takes a weekday from tomorrow up to 30 days ahead', () => {
    const pick = judgeAt(booking, 'pick-day', startedAt)
    expect(pick(submit('visit-day', '2025-03-17'))).toEqual(mistake('too-early'))
    expect(pick(submit('visit-day', '2025-03-18'))).toEqual(complete)
    expect(pick(submit('visit-day', '2025-03-22'))).toEqual(mistake('unavailable'))
    expect(pick(submit('visit-day', '2025-04-16'))).toEqual(complete)
    expect(pick(submit('visit-day', '2025-04-17'))).toEqual(mistake('too-late'))
  })

  it('takes any free time and explains a taken one', () => {
    const pick = judgeAt(booking, 'pick-time', startedAt)
    expect(pick(submit('visit-time', '09:30'))).toEqual(complete)
    expect(pick(submit('visit-time', '14:30'))).toEqual(complete)
    expect(pick(submit('visit-time', '10:00'))).toEqual(mistake('taken'))
  })

  it("takes the letter's mobile number however it is written, and only a mobile number", () => {
    const enter = judgeAt(booking, 'enter-mobile', startedAt)
    for (const typed of ['0701740652', '070-174 06 52', '+46701740652']) {
      expect(enter(submit('mobile', typed)), typed).toEqual(complete)
    }
    expect(enter(submit('mobile', '0812345678'))).toEqual(mistake('not-mobile'))
    expect(enter(submit('mobile', '070174065'))).toEqual(mistake('wrong-length'))
  })
})
