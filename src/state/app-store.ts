import { createStore } from 'zustand/vanilla'
import { createSessionSlice } from './session-slice'
import { createTaskSlice } from './task-slice'
import { createEntrySlice } from './entry-slice'
import { createSettingsSlice } from './settings-slice'
import { createSurveySlice } from './survey-slice'
import type { EventType } from '../telemetry/event-schema'
import type { AppDependencies, AppState, AppStore, EmittedEvent, SliceTools } from './slice-types'

export type {
  ActionSource,
  AppDependencies,
  AppState,
  AppStore,
  SliceCreator,
  SliceTools,
} from './slice-types'

function envelopeEmitter(get: () => AppState, deps: Required<AppDependencies>): SliceTools['emit'] {
  // Spreading the event keeps its type and payload together, so the result is a valid event of that type; the
  // overload gives callers the generic signature, checked against the union of events.
  function emit<T extends EventType>(event: EmittedEvent<T>): void
  function emit(event: EmittedEvent): void {
    const state = get()
    deps.emitTelemetry({
      ...event,
      id: event.id ?? deps.newId(),
      sessionId: state.sessionId,
      ts: new Date(deps.now()).toISOString(),
      scene: state.scene,
      task: state.taskId,
      step: event.step ?? null,
      mode: state.mode,
      locale: state.locale,
      appVersion: deps.appVersion,
      source: event.source ?? 'visitor',
      ...(state.preview ? { preview: true as const } : {}),
    })
  }
  return emit
}

/** Creates the app's store: session, task, entry and settings slices over one state. */
export function createAppStore(dependencies: AppDependencies): AppStore {
  const deps: Required<AppDependencies> = {
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    textsPending: () => null,
    ...dependencies,
  }
  return createStore<AppState>()((set, get) => {
    const tools: SliceTools = { deps, emit: envelopeEmitter(get, deps) }
    return {
      ...createSessionSlice(set, get, tools),
      ...createTaskSlice(set, get, tools),
      ...createEntrySlice(set, get, tools),
      ...createSettingsSlice(set, get, tools),
      ...createSurveySlice(set, get, tools),
    }
  })
}
