import { describe, expect, it } from 'vitest'
import { PRACTICE_BILL } from '../../../scenes/bank/bill'
import { errandTask } from '../../fixtures/tasks'
import {
  currentStep,
  reduceTask,
  type TaskEmission,
  type TaskInput,
  type TaskRunState,
} from '../../../src/tasks/engine'
import { defineTask, taskSchema, type TaskDefinition } from '../../../src/tasks/schema'

const payBill = taskSchema.parse(errandTask('pay-bill'))

/** Three steps: press "go" (not "stop"), type the code 1234, press "done". */
const tiny = taskSchema.parse(
  defineTask({
    id: 'tiny',
    scene: 'test',
    titleKey: 't.title',
    summaryKey: 't.summary',
    hintAfter: { idleSeconds: 20, mistakes: 3 },
    completedStage: 'done',
    completedTextKey: 't.completed',
    steps: [
      {
        id: 'press-go',
        textKey: 't.step.go',
        targets: ['go'],
        complete: { rule: 'activate', params: { target: 'go', wrongTargets: { stop: 'pressed-stop' } } },
        hints: ['t.hint.go', 't.hint.go-where'],
        feedback: { 'pressed-stop': 't.feedback.stop' },
        stage: 'start',
      },
      {
        id: 'type-code',
        textKey: 't.step.code',
        targets: ['keypad'],
        complete: { rule: 'enter-value', params: { field: 'code', expected: '1234', format: 'digits' } },
        hints: ['t.hint.code', 't.hint.code-digits'],
        hintAfter: { idleSeconds: 10, mistakes: 2 },
        feedback: { empty: 't.feedback.empty', mismatch: 't.feedback.mismatch' },
        stage: 'form',
      },
      {
        id: 'press-done',
        textKey: 't.step.done',
        targets: ['done'],
        complete: { rule: 'activate', params: { target: 'done' } },
        hints: ['t.hint.done'],
        stage: 'end',
      },
    ],
  }),
)

const seconds = (n: number) => n * 1000

interface Played {
  state: TaskRunState
  /** What the last input reported. */
  last: TaskEmission[]
  /** Everything reported, in order. */
  all: TaskEmission[]
}

/** Feeds inputs to the engine one after another, as the store does. */
function play(task: TaskDefinition, inputs: TaskInput[], from: TaskRunState | null = null): Played {
  let state = from
  let last: TaskEmission[] = []
  const all: TaskEmission[] = []
  for (const input of inputs) {
    const next = reduceTask(task, state, input)
    state = next.state
    last = next.emitted
    all.push(...next.emitted)
  }
  if (state === null) throw new Error('play needs at least one input')
  return { state, last, all }
}

function eventsOf<T extends TaskEmission['type']>(emitted: TaskEmission[], type: T) {
  return emitted.filter((event): event is Extract<TaskEmission, { type: T }> => event.type === type)
}

const typesOf = (emitted: TaskEmission[]) => emitted.map((event) => event.type)

type Answer = { type: 'activate'; target: string } | { type: 'submit'; field: string; value: string }

/** What a visitor does on each step of "Pay a bill", reading the numbers off the paper bill. */
const payBillAnswers: Answer[] = [
  { type: 'activate', target: 'bank.bill' },
  { type: 'activate', target: 'bank.login.eid' },
  { type: 'activate', target: 'bank.phone.confirm' },
  { type: 'activate', target: 'bank.menu.pay-bill' },
  { type: 'submit', field: 'bankgiro', value: PRACTICE_BILL.bankgiro },
  { type: 'submit', field: 'ocr', value: PRACTICE_BILL.ocr },
  { type: 'submit', field: 'amount', value: PRACTICE_BILL.amount },
  { type: 'activate', target: 'bank.date.due' },
  { type: 'activate', target: 'bank.review.sign' },
  { type: 'activate', target: 'bank.phone.sign' },
  { type: 'activate', target: 'bank.receipt.done' },
]

/** The pay-bill task started at 0 and answered correctly up to (not including) the step with `stepId`. */
function payBillAt(stepId: string, startAt = 0): Played {
  const index = payBill.steps.findIndex((step) => step.id === stepId)
  if (index < 0) throw new Error(`no step ${stepId}`)
  const answers = payBillAnswers
    .slice(0, index)
    .map((answer, i): TaskInput => ({ ...answer, at: startAt + i + 1 }))
  return play(payBill, [{ type: 'start', at: startAt }, ...answers])
}

describe('starting a task', () => {
  it('reports task_started and the first step_started', () => {
    const { state, all } = play(tiny, [{ type: 'start', at: 500 }])
    expect(all).toEqual([
      { type: 'task_started', step: null, payload: { stepCount: 3 } },
      { type: 'step_started', step: 'press-go', payload: { stepIndex: 0, stepCount: 3 } },
    ])
    expect(state).toMatchObject({
      status: 'running',
      stepIndex: 0,
      hints: 0,
      mistakes: 0,
      hint: null,
      guided: false,
    })
    expect(currentStep(tiny, state)?.id).toBe('press-go')
  })
})

describe('the real "Pay a bill" task', () => {
  it('has an answer for each of its steps', () => {
    expect(payBill.steps).toHaveLength(payBillAnswers.length)
    expect(payBill.steps.length).toBeGreaterThanOrEqual(6)
  })

  it('is completed by doing every step, with each step timed and the totals reported at the end', () => {
    const gaps = [4, 6, 3, 5, 20, 15, 8, 4, 10, 3, 7].map(seconds)
    const inputs: TaskInput[] = [{ type: 'start', at: 0 }]
    let at = 0
    payBillAnswers.forEach((answer, i) => {
      at += gaps[i] ?? 0
      inputs.push({ ...answer, at })
    })
    const { state, all } = play(payBill, inputs)

    const completed = eventsOf(all, 'step_completed')
    expect(completed.map((event) => event.step)).toEqual(payBill.steps.map((step) => step.id))
    expect(completed.map((event) => event.payload)).toEqual(
      gaps.map((durationMs, stepIndex) => ({ stepIndex, durationMs, hints: 0, mistakes: 0, skipped: false })),
    )
    expect(eventsOf(all, 'step_started').map((event) => event.payload.stepIndex)).toEqual(
      payBill.steps.map((_, index) => index),
    )
    expect(all.at(-1)).toEqual({
      type: 'task_completed',
      step: null,
      payload: { durationMs: seconds(85), stepCount: 11, hints: 0, mistakes: 0 },
    })
    expect(state.status).toBe('completed')
    expect(state.values).toEqual({
      bankgiro: PRACTICE_BILL.bankgiro,
      ocr: PRACTICE_BILL.ocr,
      amount: PRACTICE_BILL.amount,
    })
  })

  it('answers a wrong OCR entry with friendly feedback and then a hint, and accepts the right one after', () => {
    const before = payBillAt('enter-ocr')
    const wrong = play(
      payBill,
      [{ type: 'submit', field: 'ocr', value: '3100571286', at: seconds(30) }],
      before.state,
    )

    expect(wrong.last).toEqual([
      { type: 'mistake', step: 'enter-ocr', payload: { stepIndex: 5, code: 'check-digit' } },
      { type: 'hint_shown', step: 'enter-ocr', payload: { stepIndex: 5, hintIndex: 0, reason: 'mistakes' } },
    ])
    expect(wrong.state.feedback).toEqual({ code: 'check-digit', textKey: 'bank.feedback.ocr-check-digit' })
    expect(wrong.state.hint).toEqual({ textKey: 'bank.hint.enter-ocr', reason: 'mistakes' })
    expect(currentStep(payBill, wrong.state)?.id).toBe('enter-ocr')

    const right = play(
      payBill,
      [{ type: 'submit', field: 'ocr', value: PRACTICE_BILL.ocr, at: seconds(40) }],
      wrong.state,
    )
    expect(eventsOf(right.last, 'step_completed')[0]?.payload).toMatchObject({
      hints: 1,
      mistakes: 1,
      skipped: false,
    })
    expect(currentStep(payBill, right.state)?.id).toBe('enter-amount')
    expect(right.state).toMatchObject({ hint: null, feedback: null, hints: 1, mistakes: 1 })
  })

  it('shows the more explicit OCR hint after a second wrong entry', () => {
    const before = payBillAt('enter-ocr')
    const { state, all } = play(
      payBill,
      [
        { type: 'submit', field: 'ocr', value: '', at: 100 },
        { type: 'submit', field: 'ocr', value: '3100571250', at: 200 },
      ],
      before.state,
    )
    expect(eventsOf(all, 'mistake').map((event) => event.payload.code)).toEqual(['empty', 'mismatch'])
    expect(state.feedback).toEqual({ code: 'mismatch', textKey: 'bank.feedback.ocr-mismatch' })
    expect(state.hint?.textKey).toBe('bank.hint.enter-ocr-digits')
  })

  it("counts a wrong bankgiro twice before hinting, by the task's own timing", () => {
    const before = payBillAt('enter-bankgiro')
    const once = play(
      payBill,
      [{ type: 'submit', field: 'bankgiro', value: '5050-1056', at: 100 }],
      before.state,
    )
    expect(typesOf(once.last)).toEqual(['mistake'])
    expect(once.state.feedback?.textKey).toBe('bank.feedback.bankgiro-check-digit')
    const twice = play(
      payBill,
      [{ type: 'submit', field: 'bankgiro', value: '5050-1056', at: 200 }],
      once.state,
    )
    expect(typesOf(twice.last)).toEqual(['mistake', 'hint_shown'])
    expect(twice.state.hint?.textKey).toBe('bank.hint.enter-bankgiro')
  })

  it('reports pressing Cancel on the e-ID phone as a mistake with its own feedback', () => {
    const before = payBillAt('confirm-eid')
    const { state, last } = play(
      payBill,
      [{ type: 'activate', target: 'bank.phone.cancel', at: 100 }],
      before.state,
    )
    expect(last).toEqual([
      { type: 'mistake', step: 'confirm-eid', payload: { stepIndex: 2, code: 'cancelled' } },
    ])
    expect(state.feedback?.textKey).toBe('bank.feedback.cancelled-login')
  })
})

describe('hints', () => {
  const atCode = () =>
    play(tiny, [
      { type: 'start', at: 0 },
      { type: 'activate', target: 'go', at: seconds(1) },
    ])

  it('appear after the idle time and not a moment before', () => {
    const start = atCode().state
    const early = play(tiny, [{ type: 'tick', at: seconds(11) - 1 }], start)
    expect(early.last).toEqual([])
    expect(early.state.hint).toBeNull()

    const due = play(tiny, [{ type: 'tick', at: seconds(11) }], early.state)
    expect(due.last).toEqual([
      { type: 'hint_shown', step: 'type-code', payload: { stepIndex: 1, hintIndex: 0, reason: 'idle' } },
    ])
    expect(due.state.hint).toEqual({ textKey: 't.hint.code', reason: 'idle' })
  })

  it('count idle time again from the last hint, then stop when every hint has been shown', () => {
    const { all, state } = play(
      tiny,
      [
        { type: 'tick', at: seconds(11) },
        { type: 'tick', at: seconds(20) },
        { type: 'tick', at: seconds(21) },
        { type: 'tick', at: seconds(60) },
      ],
      atCode().state,
    )
    expect(eventsOf(all, 'hint_shown').map((event) => event.payload.hintIndex)).toEqual([0, 1])
    expect(state.hint?.textKey).toBe('t.hint.code-digits')
  })

  it('wait longer when the visitor is busy: any input restarts the idle clock', () => {
    const { all } = play(
      tiny,
      [
        { type: 'input', at: seconds(8) },
        { type: 'tick', at: seconds(11) },
        { type: 'tick', at: seconds(17.9) },
        { type: 'tick', at: seconds(18) },
      ],
      atCode().state,
    )
    expect(eventsOf(all, 'hint_shown')).toHaveLength(1)
    expect(all.at(-1)?.type).toBe('hint_shown')
  })

  it("use the task's idle time on steps without their own", () => {
    const start = play(tiny, [{ type: 'start', at: 0 }]).state
    expect(play(tiny, [{ type: 'tick', at: seconds(19) }], start).last).toEqual([])
    expect(typesOf(play(tiny, [{ type: 'tick', at: seconds(20) }], start).last)).toEqual(['hint_shown'])
  })

  it('appear after N mistakes, again after N more, and never past the last hint', () => {
    const wrong = (at: number): TaskInput => ({ type: 'submit', field: 'code', value: '9999', at })
    const { all, state } = play(
      tiny,
      [1, 2, 3, 4, 5, 6].map((n) => wrong(seconds(1) + n)),
      atCode().state,
    )
    expect(typesOf(all)).toEqual([
      'mistake',
      'mistake',
      'hint_shown',
      'mistake',
      'mistake',
      'hint_shown',
      'mistake',
      'mistake',
    ])
    expect(eventsOf(all, 'hint_shown').map((event) => event.payload)).toEqual([
      { stepIndex: 1, hintIndex: 0, reason: 'mistakes' },
      { stepIndex: 1, hintIndex: 1, reason: 'mistakes' },
    ])
    expect(state).toMatchObject({ mistakes: 6, stepMistakes: 6, hints: 2 })
    expect(state.feedback).toEqual({ code: 'mismatch', textKey: 't.feedback.mismatch' })
  })

  it('come at once when staff ask, one after another, staying on the last', () => {
    const { all, state } = play(
      tiny,
      [
        { type: 'hint', reason: 'staff', at: seconds(2) },
        { type: 'hint', reason: 'staff', at: seconds(3) },
        { type: 'hint', reason: 'staff', at: seconds(4) },
      ],
      atCode().state,
    )
    expect(eventsOf(all, 'hint_shown').map((event) => event.payload)).toEqual([
      { stepIndex: 1, hintIndex: 0, reason: 'staff' },
      { stepIndex: 1, hintIndex: 1, reason: 'staff' },
      { stepIndex: 1, hintIndex: 1, reason: 'staff' },
    ])
    expect(state.hint).toEqual({ textKey: 't.hint.code-digits', reason: 'staff' })
  })

  it('come at once when the visitor asks for one', () => {
    const { last, state } = play(tiny, [{ type: 'hint', reason: 'request', at: seconds(2) }], atCode().state)
    expect(last[0]?.payload).toEqual({ stepIndex: 1, hintIndex: 0, reason: 'request' })
    expect(state.hint?.textKey).toBe('t.hint.code')
  })

  it('start over on the next step, and the task totals keep counting', () => {
    const { state, all } = play(tiny, [
      { type: 'start', at: 0 },
      { type: 'hint', reason: 'request', at: 1 },
      { type: 'hint', reason: 'request', at: 2 },
      { type: 'activate', target: 'go', at: 3 },
      { type: 'hint', reason: 'request', at: 4 },
    ])
    expect(eventsOf(all, 'hint_shown').map((event) => [event.step, event.payload.hintIndex])).toEqual([
      ['press-go', 0],
      ['press-go', 1],
      ['type-code', 0],
    ])
    expect(state).toMatchObject({ hints: 3, stepHints: 1 })
  })
})

describe('mistakes and ignored input', () => {
  it('a wrong target is a mistake with feedback; an unrelated target is ignored', () => {
    const start = play(tiny, [{ type: 'start', at: 0 }]).state
    const wrong = play(tiny, [{ type: 'activate', target: 'stop', at: 10 }], start)
    expect(wrong.last).toEqual([
      { type: 'mistake', step: 'press-go', payload: { stepIndex: 0, code: 'pressed-stop' } },
    ])
    expect(wrong.state.feedback).toEqual({ code: 'pressed-stop', textKey: 't.feedback.stop' })

    const other = play(tiny, [{ type: 'activate', target: 'done', at: 20 }], wrong.state)
    expect(other.last).toEqual([])
    expect(other.state.stepIndex).toBe(0)
    expect(other.state.mistakes).toBe(1)
  })
})

describe('skip, back, restart and abandon', () => {
  it('skip completes the step as skipped and moves on; skipping the last step completes the task', () => {
    const { all, state } = play(tiny, [
      { type: 'start', at: 0 },
      { type: 'skip', at: seconds(5) },
      { type: 'skip', at: seconds(7) },
      { type: 'skip', at: seconds(10) },
    ])
    expect(typesOf(all)).toEqual([
      'task_started',
      'step_started',
      'step_completed',
      'step_started',
      'step_completed',
      'step_started',
      'step_completed',
      'task_completed',
    ])
    expect(eventsOf(all, 'step_completed').map((event) => event.payload)).toEqual([
      { stepIndex: 0, durationMs: seconds(5), hints: 0, mistakes: 0, skipped: true },
      { stepIndex: 1, durationMs: seconds(2), hints: 0, mistakes: 0, skipped: true },
      { stepIndex: 2, durationMs: seconds(3), hints: 0, mistakes: 0, skipped: true },
    ])
    expect(state.status).toBe('completed')
  })

  it('back returns to the previous step and times it afresh; on the first step it stays there', () => {
    const { last, state } = play(tiny, [
      { type: 'start', at: 0 },
      { type: 'activate', target: 'go', at: seconds(1) },
      { type: 'back', at: seconds(4) },
    ])
    expect(last).toEqual([
      { type: 'step_started', step: 'press-go', payload: { stepIndex: 0, stepCount: 3 } },
    ])
    expect(currentStep(tiny, state)?.id).toBe('press-go')

    const again = play(tiny, [{ type: 'activate', target: 'go', at: seconds(6) }], state)
    expect(eventsOf(again.last, 'step_completed')[0]?.payload.durationMs).toBe(seconds(2))

    const first = play(tiny, [{ type: 'back', at: seconds(7) }], play(tiny, [{ type: 'start', at: 0 }]).state)
    expect(first.state.stepIndex).toBe(0)
  })

  it('restart abandons the run with reason "restart", then starts afresh', () => {
    const { last, state } = play(tiny, [
      { type: 'start', at: 0 },
      { type: 'activate', target: 'stop', at: seconds(1) },
      { type: 'activate', target: 'go', at: seconds(2) },
      { type: 'hint', reason: 'request', at: seconds(3) },
      { type: 'submit', field: 'code', value: '1234', at: seconds(4) },
      { type: 'restart', at: seconds(9) },
    ])
    expect(last).toEqual([
      {
        type: 'task_abandoned',
        step: 'press-done',
        payload: { durationMs: seconds(9), stepIndex: 2, reason: 'restart', hints: 1, mistakes: 1 },
      },
      { type: 'task_started', step: null, payload: { stepCount: 3 } },
      { type: 'step_started', step: 'press-go', payload: { stepIndex: 0, stepCount: 3 } },
    ])
    expect(state).toMatchObject({
      status: 'running',
      stepIndex: 0,
      startedAt: seconds(9),
      hints: 0,
      mistakes: 0,
      hint: null,
      feedback: null,
      values: {},
    })
  })

  it('restart after the task is completed starts again without reporting an abandonment', () => {
    const done = play(tiny, [
      { type: 'start', at: 0 },
      { type: 'skip', at: 1 },
      { type: 'skip', at: 2 },
      { type: 'skip', at: 3 },
    ])
    const { last } = play(tiny, [{ type: 'restart', at: 10 }], done.state)
    expect(typesOf(last)).toEqual(['task_started', 'step_started'])
  })

  it('abandon reports where the visitor left and ignores everything after', () => {
    const { last, state } = play(tiny, [
      { type: 'start', at: 0 },
      { type: 'activate', target: 'go', at: seconds(3) },
      { type: 'abandon', reason: 'left', at: seconds(8) },
    ])
    expect(last).toEqual([
      {
        type: 'task_abandoned',
        step: 'type-code',
        payload: { durationMs: seconds(8), stepIndex: 1, reason: 'left', hints: 0, mistakes: 0 },
      },
    ])
    expect(state.status).toBe('abandoned')
    expect(currentStep(tiny, state)).toBeUndefined()

    const after: TaskInput[] = [
      { type: 'submit', field: 'code', value: '1234', at: seconds(9) },
      { type: 'tick', at: seconds(60) },
      { type: 'hint', reason: 'staff', at: seconds(61) },
      { type: 'skip', at: seconds(62) },
      { type: 'abandon', reason: 'left', at: seconds(63) },
    ]
    expect(play(tiny, after, state).all).toEqual([])
  })

  it('a completed task ignores further input', () => {
    const done = play(tiny, [
      { type: 'start', at: 0 },
      { type: 'skip', at: 1 },
      { type: 'skip', at: 2 },
      { type: 'skip', at: 3 },
    ])
    const after = play(
      tiny,
      [
        { type: 'activate', target: 'done', at: 4 },
        { type: 'tick', at: seconds(100) },
        { type: 'back', at: seconds(101) },
      ],
      done.state,
    )
    expect(after.all).toEqual([])
    expect(after.state.status).toBe('completed')
  })
})

describe('guided mode', () => {
  const guidedStart = () => play(tiny, [{ type: 'start', at: 0, guided: true }])

  it('holds a finished step until staff advance, ignoring the visitor meanwhile', () => {
    const finished = play(tiny, [{ type: 'activate', target: 'go', at: seconds(2) }], guidedStart().state)
    expect(typesOf(finished.last)).toEqual(['step_completed'])
    expect(finished.state).toMatchObject({ waitingForStaff: true, stepIndex: 0, status: 'running' })

    const meanwhile = play(
      tiny,
      [
        { type: 'activate', target: 'go', at: seconds(3) },
        { type: 'submit', field: 'code', value: '1234', at: seconds(4) },
        { type: 'tick', at: seconds(100) },
      ],
      finished.state,
    )
    expect(meanwhile.all).toEqual([])
    expect(meanwhile.state.stepIndex).toBe(0)

    const advanced = play(tiny, [{ type: 'advance', at: seconds(110) }], meanwhile.state)
    expect(advanced.last).toEqual([
      { type: 'step_started', step: 'type-code', payload: { stepIndex: 1, stepCount: 3 } },
    ])
    expect(advanced.state).toMatchObject({
      waitingForStaff: false,
      stepIndex: 1,
      stepStartedAt: seconds(110),
    })
  })

  it('ignores advance while the visitor is still working on a step', () => {
    const { last, state } = play(tiny, [{ type: 'advance', at: 5 }], guidedStart().state)
    expect(last).toEqual([])
    expect(state.stepIndex).toBe(0)
  })

  it('moves on at once when guided mode is turned off while waiting', () => {
    const waiting = play(tiny, [{ type: 'activate', target: 'go', at: seconds(2) }], guidedStart().state)
    const { last, state } = play(tiny, [{ type: 'set-guided', guided: false, at: seconds(3) }], waiting.state)
    expect(typesOf(last)).toEqual(['step_started'])
    expect(state).toMatchObject({ guided: false, waitingForStaff: false, stepIndex: 1 })

    const next = play(tiny, [{ type: 'submit', field: 'code', value: '1234', at: seconds(4) }], state)
    expect(typesOf(next.last)).toEqual(['step_completed', 'step_started'])
  })

  it('can be turned on in the middle of a task', () => {
    const plain = play(tiny, [{ type: 'start', at: 0 }])
    const { state } = play(
      tiny,
      [
        { type: 'set-guided', guided: true, at: 1 },
        { type: 'activate', target: 'go', at: 2 },
      ],
      plain.state,
    )
    expect(state).toMatchObject({ guided: true, waitingForStaff: true, stepIndex: 0 })
  })

  it('completes the task when staff advance past the last step, timing the whole run', () => {
    const { all, state } = play(
      tiny,
      [
        { type: 'activate', target: 'go', at: seconds(2) },
        { type: 'advance', at: seconds(3) },
        { type: 'submit', field: 'code', value: '1234', at: seconds(8) },
        { type: 'advance', at: seconds(9) },
        { type: 'activate', target: 'done', at: seconds(10) },
        { type: 'advance', at: seconds(12) },
      ],
      guidedStart().state,
    )
    expect(eventsOf(all, 'step_completed').map((event) => event.payload.durationMs)).toEqual([
      seconds(2),
      seconds(5),
      seconds(1),
    ])
    expect(all.at(-1)).toEqual({
      type: 'task_completed',
      step: null,
      payload: { durationMs: seconds(12), stepCount: 3, hints: 0, mistakes: 0 },
    })
    expect(state.status).toBe('completed')
  })

  it('a staff skip moves on without waiting', () => {
    const { last, state } = play(tiny, [{ type: 'skip', at: 5 }], guidedStart().state)
    expect(typesOf(last)).toEqual(['step_completed', 'step_started'])
    expect(state).toMatchObject({ waitingForStaff: false, stepIndex: 1 })
  })

  it('survives a restart', () => {
    const { state } = play(tiny, [{ type: 'restart', at: 5 }], guidedStart().state)
    expect(state.guided).toBe(true)
  })
})
