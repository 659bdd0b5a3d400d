import { describe, expect, it } from 'vitest'
import { errandTask } from '../../fixtures/tasks'
import {
  TaskFileError,
  textKeysOf,
  validateTaskFile,
  validateTaskFiles,
} from '../../../src/tasks/validate-tasks'
import brokenTarget from '../../fixtures/tasks/broken-target.task'
import missingFeedback from '../../fixtures/tasks/missing-feedback.task'

const BROKEN_TARGET_FILE = 'tests/fixtures/tasks/broken-target.task.ts'
const MISSING_FEEDBACK_FILE = 'tests/fixtures/tasks/missing-feedback.task.ts'

/** The error a task file gives, or a failure when it gives none. */
function errorOf(run: () => unknown): TaskFileError {
  try {
    run()
  } catch (error) {
    if (error instanceof TaskFileError) return error
    throw error
  }
  throw new Error('expected a TaskFileError')
}

/** A deep copy of the real task file to break in one place. */
function payBillCopy(): { steps: Record<string, unknown>[] } & Record<string, unknown> {
  return structuredClone(errandTask('pay-bill')) as { steps: Record<string, unknown>[] } & Record<
    string,
    unknown
  >
}

describe('validateTaskFile', () => {
  it('accepts the real "Pay a bill" task file', () => {
    const task = validateTaskFile('scenes/bank/pay-bill.task.ts', errandTask('pay-bill'))
    expect(task.id).toBe('pay-bill')
    expect(task.steps[0]?.feedback).toEqual({}) // a step with no possible mistakes needs no feedback
  })

  it('names the file and the bad field of a broken task file', () => {
    const error = errorOf(() => validateTaskFiles({ [BROKEN_TARGET_FILE]: brokenTarget }))
    expect(error.name).toBe('TaskFileError')
    expect(error.file).toBe(BROKEN_TARGET_FILE)
    expect(error.problems).toEqual([
      'steps[2].complete.params.target: Invalid input: expected string, received undefined',
      'steps[2].complete.params: Unrecognized key: "targte"',
    ])
    expect(error.message).toMatch(
      /^tests\/fixtures\/tasks\/broken-target\.task\.ts: steps\[2\]\.complete\.params\.target: /,
    )
  })

  it('reports a mistake the rule can make but the step gives no feedback for', () => {
    const error = errorOf(() => validateTaskFile(MISSING_FEEDBACK_FILE, missingFeedback))
    expect(error.problems).toEqual(['steps[0].feedback.cancelled: no feedback text for mistake "cancelled"'])
  })

  it('asks for feedback on every mistake a typed value can give', () => {
    const task = payBillCopy()
    const ocrStep = task.steps[5]
    if (!ocrStep) throw new Error('the pay-bill task has no sixth step')
    ocrStep.feedback = { empty: 'bank.feedback.empty' }
    const error = errorOf(() => validateTaskFile('pay-bill.task.ts', task))
    expect(error.problems).toEqual([
      'steps[5].feedback.wrong-length: no feedback text for mistake "wrong-length"',
      'steps[5].feedback.check-digit: no feedback text for mistake "check-digit"',
      'steps[5].feedback.mismatch: no feedback text for mistake "mismatch"',
    ])
  })

  it('reports a duplicate step id', () => {
    const task = payBillCopy()
    const second = task.steps[1]
    if (!second) throw new Error('the pay-bill task has no second step')
    second.id = 'pick-up-bill'
    const error = errorOf(() => validateTaskFile('pay-bill.task.ts', task))
    expect(error.problems).toEqual(['steps[1].id: duplicate step id "pick-up-bill"'])
  })

  it('reports an unknown rule, bad ids, empty hints and unknown keys, each with its field', () => {
    const task = payBillCopy()
    task.id = 'Pay Bill'
    const [first, second, third] = task.steps
    if (!first || !second || !third) throw new Error('the pay-bill task has too few steps')
    first.complete = { rule: 'press', params: { target: 'bank.bill' } }
    second.hints = []
    third.colour = 'green'
    const { problems } = errorOf(() => validateTaskFile('pay-bill.task.ts', task))
    expect(problems).toHaveLength(4)
    expect(problems[0]).toMatch(/^id: expected an id of lower-case letters/)
    expect(problems).toContain(
      'steps[0].complete.rule: unknown rule "press"; known: activate, choose, confirm, enter-value, pick-date, pick-time',
    )
    expect(problems.find((problem) => problem.startsWith('steps[1].hints: '))).toBeDefined()
    expect(problems).toContain('steps[2]: Unrecognized key: "colour"')
  })

  it('names an unknown format and lists the ones the rule can use', () => {
    const task = payBillCopy()
    const bankgiroStep = task.steps[4]
    if (!bankgiroStep) throw new Error('the pay-bill task has no fifth step')
    bankgiroStep.complete = {
      rule: 'enter-value',
      params: { field: 'bankgiro', expected: '5050-1055', format: 'ocrx' },
    }
    const error = errorOf(() => validateTaskFile('scenes/bank/pay-bill.task.ts', task))
    expect(error.message).toBe(
      'scenes/bank/pay-bill.task.ts: steps[4].complete.params.format: unknown format "ocrx"; known: ' +
        'amount, bankgiro, date, digits, ocr, personnummer, phone-se, text',
    )
  })

  it('names the field of a new rule whose parameters are wrong', () => {
    const task = payBillCopy()
    const dateStep = task.steps[7]
    if (!dateStep) throw new Error('the pay-bill task has no eighth step')
    dateStep.complete = { rule: 'pick-date', params: { field: 'due', unavailableWeekdays: [7] } }
    dateStep.feedback = { empty: 'bank.feedback.empty', unavailable: 'bank.feedback.after-due-date' }
    expect(errorOf(() => validateTaskFile('pay-bill.task.ts', task)).problems).toEqual([
      'steps[7].complete.params.unavailableWeekdays[0]: Too big: expected number to be <=6',
    ])
  })

  it('says "(task)" when the file exports no task at all', () => {
    expect(errorOf(() => validateTaskFile('empty.task.ts', undefined)).problems).toEqual([
      '(task): Invalid input: expected object, received undefined',
    ])
  })
})

describe('validateTaskFiles', () => {
  it('reports two files with the same task id, naming both', () => {
    const error = errorOf(() =>
      validateTaskFiles({
        'scenes/bank/pay-bill.task.ts': errandTask('pay-bill'),
        'scenes/post/pay-bill.task.ts': errandTask('pay-bill'),
      }),
    )
    expect(error.file).toBe('scenes/post/pay-bill.task.ts')
    expect(error.problems).toEqual(['id: "pay-bill" is already used by scenes/bank/pay-bill.task.ts'])
  })
})

describe('textKeysOf', () => {
  it('lists the title, summary, completion text and every step, hint and feedback key', () => {
    const keys = textKeysOf(validateTaskFile('pay-bill.task.ts', errandTask('pay-bill')))
    expect(keys).toEqual(
      expect.arrayContaining([
        'bank.task.title',
        'bank.task.summary',
        'bank.task.completed',
        'bank.step.enter-ocr',
        'bank.hint.enter-ocr-digits',
        'bank.feedback.ocr-check-digit',
      ]),
    )
  })
})
