import { reduceTask, type AbandonReason, type TaskInput, type TaskRunState } from '../tasks/engine'
import type { TaskDefinition } from '../tasks/schema'
import type { ActionSource, SliceCreator } from './app-store'

type InputWithoutTime = TaskInput extends infer I ? (I extends TaskInput ? Omit<I, 'at'> : never) : never

/** The guided task in progress. Every action here is the one path for visitor input, staff commands and tests. */
export interface TaskSlice {
  /** Every task on offer, validated. */
  tasks: readonly TaskDefinition[]
  taskId: string | null
  run: TaskRunState | null
  /** Guided mode: steps advance only when staff press next. @default false */
  guided: boolean
  taskDefinition: () => TaskDefinition | undefined
  /** Feeds one input to the task engine and reports what it emits. */
  dispatchTask: (input: InputWithoutTime, source?: ActionSource) => void
  /** Goes to the task's place; the task starts there (after the confidence question, when it is asked). */
  startTask: (taskId: string, source?: ActionSource) => void
  /** Starts the chosen task's steps now. */
  beginTask: (source?: ActionSource) => void
  activate: (target: string, source?: ActionSource) => void
  /** Any visitor input that is not an answer: resets the idle clock. */
  noteInput: (source?: ActionSource) => void
  hintNow: (source?: ActionSource) => void
  skipStep: (source?: ActionSource) => void
  previousStep: (source?: ActionSource) => void
  restartTask: (source?: ActionSource) => void
  advanceStep: (source?: ActionSource) => void
  setGuided: (guided: boolean, source?: ActionSource) => void
  /** Leaves the task for the lobby; a running task counts as abandoned. */
  leaveTask: (reason: AbandonReason, source?: ActionSource) => void
  /** Lets time pass, so idle hints can appear. */
  tick: () => void
}

export const createTaskSlice: SliceCreator<TaskSlice> = (set, get, { deps, emit }) => ({
  tasks: deps.tasks,
  taskId: null,
  run: null,
  guided: false,

  taskDefinition: () => deps.tasks.find((task) => task.id === get().taskId),
  dispatchTask: (input, source = 'visitor') => {
    const task = get().taskDefinition()
    if (!task) return
    const before = get().run?.status
    const { state, emitted } = reduceTask(task, get().run, { ...input, at: deps.now() } as TaskInput)
    set({ run: state })
    for (const event of emitted) emit({ ...event, source })
    if (before !== 'completed' && state.status === 'completed') get().taskFinished()
  },
  startTask: (taskId, source = 'visitor') => {
    const task = deps.tasks.find((candidate) => candidate.id === taskId)
    if (!task) throw new Error(`unknown task "${taskId}"`)
    if (get().taskId !== null) get().leaveTask('switched', source)
    set({ taskId, scene: task.scene, run: null, entries: {}, heldItem: null, survey: null })
    // The visitor arrives at the place first; the task starts once they have said how sure they are.
    if (get().askConfidence) set({ survey: { stage: 'confidence-before', taskId } })
    else get().beginTask(source)
  },
  beginTask: (source = 'visitor') => get().dispatchTask({ type: 'start', guided: get().guided }, source),
  activate: (target, source) =>
    get().dispatchTask({ type: 'activate', target, entries: get().entries }, source),
  noteInput: (source) => get().dispatchTask({ type: 'input' }, source),
  hintNow: (source = 'visitor') =>
    get().dispatchTask({ type: 'hint', reason: source === 'staff' ? 'staff' : 'request' }, source),
  skipStep: (source) => get().dispatchTask({ type: 'skip' }, source),
  previousStep: (source) => get().dispatchTask({ type: 'back' }, source),
  restartTask: (source) => {
    set({ entries: {}, heldItem: null, survey: null })
    get().dispatchTask({ type: 'restart' }, source)
  },
  advanceStep: (source) => get().dispatchTask({ type: 'advance' }, source),
  setGuided: (guided, source = 'visitor') => {
    if (get().guided === guided) return
    set({ guided })
    emit({ type: 'setting_changed', payload: { setting: 'guided', value: String(guided) }, source })
    get().dispatchTask({ type: 'set-guided', guided }, source)
  },
  leaveTask: (reason, source) => {
    if (get().run?.status === 'running') get().dispatchTask({ type: 'abandon', reason }, source)
    set({ taskId: null, run: null, scene: 'lobby', entries: {}, heldItem: null, survey: null })
  },
  tick: () => {
    if (get().run?.status === 'running') get().dispatchTask({ type: 'tick' })
  },
})
