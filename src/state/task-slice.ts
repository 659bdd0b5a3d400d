import { reduceTask, type TaskInput } from '../tasks/engine'
import type { SliceCreator, TaskSlice } from './slice-types'

export type { TaskSlice } from './slice-types'

export const createTaskSlice: SliceCreator<TaskSlice> = (set, get, { deps, emit }) => ({
  tasks: deps.tasks,
  taskId: null,
  run: null,
  guided: false,

  // The tasks on offer may change while the app runs (an authored errand published, a preview): read them here.
  taskDefinition: () => get().tasks.find((task) => task.id === get().taskId),
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
    const task = get().tasks.find((candidate) => candidate.id === taskId)
    if (!task) throw new Error(`unknown task "${taskId}"`)
    if (get().taskId !== null) get().leaveTask('switched', source)
    set({
      taskId,
      scene: task.scene,
      run: null,
      entries: {},
      heldItem: null,
      openedField: null,
      survey: null,
    })
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
    set({ entries: {}, heldItem: null, openedField: null, survey: null })
    get().dispatchTask({ type: 'restart' }, source)
  },
  advanceStep: (source) => get().dispatchTask({ type: 'advance' }, source),
  setGuided: (guided, source = 'visitor') => {
    if (get().guided === guided) return
    set({ guided })
    emit({
      type: 'setting_changed',
      payload: { setting: 'guided', value: guided ? 'true' : 'false' },
      source,
    })
    get().dispatchTask({ type: 'set-guided', guided }, source)
  },
  leaveTask: (reason, source) => {
    if (get().run?.status === 'running') get().dispatchTask({ type: 'abandon', reason }, source)
    set({
      taskId: null,
      run: null,
      scene: 'lobby',
      entries: {},
      heldItem: null,
      openedField: null,
      survey: null,
    })
  },
  tick: () => {
    if (get().run?.status === 'running') get().dispatchTask({ type: 'tick' })
  },
})
