import type { PayloadOf } from '../telemetry/event-schema'
import type { FieldValue } from './field-value'
import type { RuleInput } from './rule'
import { judgeStep } from './rule-registry'
import type { StepDefinition, TaskDefinition } from './schema'

/** Why a hint appeared. */
export type HintReason = 'idle' | 'mistakes' | 'staff' | 'request'

/** Why a task was left before its end. */
export type AbandonReason = PayloadOf<'task_abandoned'>['reason']

/** What the visitor has typed, chosen or ticked, by field: rules such as "confirm" check it. @default {} */
export type FieldEntries = Readonly<Record<string, FieldValue>>

/** Everything that can happen to a running task. `at` is a time in milliseconds. */
export type TaskInput =
  | { type: 'start'; at: number; guided?: boolean }
  | { type: 'activate'; target: string; at: number; entries?: FieldEntries }
  | { type: 'submit'; field: string; value: FieldValue; at: number; entries?: FieldEntries }
  /** Any other input (a key press, a look around): the visitor is not idle. */
  | { type: 'input'; at: number }
  /** Time passes: idle hints are due. */
  | { type: 'tick'; at: number }
  | { type: 'hint'; reason: 'staff' | 'request'; at: number }
  | { type: 'skip'; at: number }
  | { type: 'back'; at: number }
  | { type: 'restart'; at: number }
  | { type: 'abandon'; reason: AbandonReason; at: number }
  | { type: 'set-guided'; guided: boolean; at: number }
  /** Guided mode: staff let the visitor go on to the next step. */
  | { type: 'advance'; at: number }

/** The engine's progress through one task. */
export interface TaskRunState {
  taskId: string
  status: 'running' | 'completed' | 'abandoned'
  stepIndex: number
  startedAt: number
  stepStartedAt: number
  /** Last input or hint on this step: idle time counts from here. */
  lastActivityAt: number
  hints: number
  mistakes: number
  stepHints: number
  stepMistakes: number
  /** The hint on screen, if any. */
  hint: { textKey: string; reason: HintReason } | null
  /** Feedback on the last mistake, if any. */
  feedback: { code: string; textKey: string } | null
  /** Values accepted so far, by field. */
  values: Readonly<Record<string, FieldValue>>
  /** In guided mode a finished step waits for staff to advance. */
  guided: boolean
  waitingForStaff: boolean
}

type EmissionOf<T extends keyof EmissionPayloads> = {
  type: T
  step: string | null
  payload: EmissionPayloads[T]
}
interface EmissionPayloads {
  task_started: PayloadOf<'task_started'>
  step_started: PayloadOf<'step_started'>
  step_completed: PayloadOf<'step_completed'>
  hint_shown: PayloadOf<'hint_shown'>
  mistake: PayloadOf<'mistake'>
  task_completed: PayloadOf<'task_completed'>
  task_abandoned: PayloadOf<'task_abandoned'>
}
/** What the engine reports, in telemetry's vocabulary. */
export type TaskEmission = { [T in keyof EmissionPayloads]: EmissionOf<T> }[keyof EmissionPayloads]

export interface TaskStep {
  state: TaskRunState
  emitted: TaskEmission[]
}

/** The step the task is on, or undefined once it is over. */
export function currentStep(task: TaskDefinition, state: TaskRunState): StepDefinition | undefined {
  return state.status === 'running' ? task.steps[state.stepIndex] : undefined
}

function initialState(task: TaskDefinition, at: number, guided: boolean): TaskRunState {
  return {
    taskId: task.id,
    status: 'running',
    stepIndex: 0,
    startedAt: at,
    stepStartedAt: at,
    lastActivityAt: at,
    hints: 0,
    mistakes: 0,
    stepHints: 0,
    stepMistakes: 0,
    hint: null,
    feedback: null,
    values: {},
    guided,
    waitingForStaff: false,
  }
}

function stepStarted(task: TaskDefinition, state: TaskRunState): TaskEmission {
  return {
    type: 'step_started',
    step: task.steps[state.stepIndex]?.id ?? null,
    payload: { stepIndex: state.stepIndex, stepCount: task.steps.length },
  }
}

function start(task: TaskDefinition, at: number, guided: boolean): TaskStep {
  const state = initialState(task, at, guided)
  return {
    state,
    emitted: [
      { type: 'task_started', step: null, payload: { stepCount: task.steps.length } },
      stepStarted(task, state),
    ],
  }
}

/** Moves to the step at `index` (or completes the task past the last one). */
function goToStep(task: TaskDefinition, state: TaskRunState, index: number, at: number): TaskStep {
  if (index >= task.steps.length) {
    const done: TaskRunState = {
      ...state,
      status: 'completed',
      hint: null,
      feedback: null,
      waitingForStaff: false,
    }
    return {
      state: done,
      emitted: [
        {
          type: 'task_completed',
          step: null,
          payload: {
            durationMs: at - state.startedAt,
            stepCount: task.steps.length,
            hints: state.hints,
            mistakes: state.mistakes,
          },
        },
      ],
    }
  }
  const next: TaskRunState = {
    ...state,
    stepIndex: index,
    stepStartedAt: at,
    lastActivityAt: at,
    stepHints: 0,
    stepMistakes: 0,
    hint: null,
    feedback: null,
    waitingForStaff: false,
  }
  return { state: next, emitted: [stepStarted(task, next)] }
}

function finishStep(
  task: TaskDefinition,
  state: TaskRunState,
  at: number,
  skipped: boolean,
  values = state.values,
): TaskStep {
  const step = task.steps[state.stepIndex]
  const completed: TaskEmission = {
    type: 'step_completed',
    step: step?.id ?? null,
    payload: {
      stepIndex: state.stepIndex,
      durationMs: at - state.stepStartedAt,
      hints: state.stepHints,
      mistakes: state.stepMistakes,
      skipped,
    },
  }
  const finished = { ...state, values }
  if (state.guided && !skipped) {
    return { state: { ...finished, waitingForStaff: true, hint: null, feedback: null }, emitted: [completed] }
  }
  const moved = goToStep(task, finished, state.stepIndex + 1, at)
  return { state: moved.state, emitted: [completed, ...moved.emitted] }
}

function showHint(step: StepDefinition, state: TaskRunState, reason: HintReason, at: number): TaskStep {
  const hintIndex = Math.min(state.stepHints, step.hints.length - 1)
  const textKey = step.hints[hintIndex]
  if (textKey === undefined) return { state, emitted: [] }
  return {
    state: {
      ...state,
      hints: state.hints + 1,
      stepHints: state.stepHints + 1,
      hint: { textKey, reason },
      lastActivityAt: at,
    },
    emitted: [
      { type: 'hint_shown', step: step.id, payload: { stepIndex: state.stepIndex, hintIndex, reason } },
    ],
  }
}

function visitorInput(
  task: TaskDefinition,
  step: StepDefinition,
  state: TaskRunState,
  input: RuleInput & { entries?: FieldEntries },
  at: number,
): TaskStep {
  const active = { ...state, lastActivityAt: at }
  const context = { at, startedAt: state.startedAt, values: state.values, entries: input.entries ?? {} }
  const verdict = judgeStep(step.complete, input, context)
  if (verdict.kind === 'ignored') return { state: active, emitted: [] }
  if (verdict.kind === 'complete') {
    const values = input.type === 'submit' ? { ...state.values, [input.field]: input.value } : state.values
    return finishStep(task, active, at, false, values)
  }
  const withMistake: TaskRunState = {
    ...active,
    mistakes: state.mistakes + 1,
    stepMistakes: state.stepMistakes + 1,
    feedback: { code: verdict.code, textKey: step.feedback[verdict.code] ?? verdict.code },
  }
  const emitted: TaskEmission[] = [
    { type: 'mistake', step: step.id, payload: { stepIndex: state.stepIndex, code: verdict.code } },
  ]
  const timing = step.hintAfter ?? task.hintAfter
  if (withMistake.stepMistakes % timing.mistakes === 0 && state.stepHints < step.hints.length) {
    const hinted = showHint(step, withMistake, 'mistakes', at)
    return { state: hinted.state, emitted: [...emitted, ...hinted.emitted] }
  }
  return { state: withMistake, emitted }
}

function idleHintDue(task: TaskDefinition, step: StepDefinition, state: TaskRunState, at: number): boolean {
  const timing = step.hintAfter ?? task.hintAfter
  return state.stepHints < step.hints.length && at - state.lastActivityAt >= timing.idleSeconds * 1000
}

function abandoned(state: TaskRunState, reason: AbandonReason, at: number, task: TaskDefinition): TaskStep {
  return {
    state: { ...state, status: 'abandoned', hint: null, feedback: null, waitingForStaff: false },
    emitted: [
      {
        type: 'task_abandoned',
        step: task.steps[state.stepIndex]?.id ?? null,
        payload: {
          durationMs: at - state.startedAt,
          stepIndex: state.stepIndex,
          reason,
          hints: state.hints,
          mistakes: state.mistakes,
        },
      },
    ],
  }
}

/**
 * The task engine: a pure function from a task, its state and one input to the next state and the
 * events to report. `state` is null before the task starts.
 */
export function reduceTask(task: TaskDefinition, state: TaskRunState | null, input: TaskInput): TaskStep {
  if (input.type === 'start') return start(task, input.at, input.guided ?? state?.guided ?? false)
  if (state === null) return { state: initialState(task, input.at, false), emitted: [] }
  if (input.type === 'restart') {
    const left = state.status === 'running' ? abandoned(state, 'restart', input.at, task).emitted : []
    const restarted = start(task, input.at, state.guided)
    return { state: restarted.state, emitted: [...left, ...restarted.emitted] }
  }
  if (input.type === 'set-guided') {
    const guided = { ...state, guided: input.guided }
    return state.waitingForStaff && !input.guided
      ? goToStep(task, guided, state.stepIndex + 1, input.at)
      : { state: guided, emitted: [] }
  }
  const step = currentStep(task, state)
  if (step === undefined) return { state, emitted: [] }

  switch (input.type) {
    case 'abandon':
      return abandoned(state, input.reason, input.at, task)
    case 'skip':
      return state.waitingForStaff
        ? goToStep(task, state, state.stepIndex + 1, input.at)
        : finishStep(task, state, input.at, true)
    case 'advance':
      return state.waitingForStaff
        ? goToStep(task, state, state.stepIndex + 1, input.at)
        : { state, emitted: [] }
    case 'back':
      return goToStep(task, state, Math.max(0, state.stepIndex - 1), input.at)
    case 'hint':
      return showHint(step, state, input.reason, input.at)
    case 'tick':
      return !state.waitingForStaff && idleHintDue(task, step, state, input.at)
        ? showHint(step, state, 'idle', input.at)
        : { state, emitted: [] }
    case 'input':
      return { state: { ...state, lastActivityAt: input.at }, emitted: [] }
    case 'activate':
    case 'submit':
      return state.waitingForStaff ? { state, emitted: [] } : visitorInput(task, step, state, input, input.at)
  }
}
