import { createStore, type StoreApi } from 'zustand/vanilla'
import type { TaskDefinition } from '../tasks/schema'
import type { TelemetryEventInput } from '../telemetry/event-schema'
import { createSessionSlice, type SessionSlice } from './session-slice'
import { createTaskSlice, type TaskSlice } from './task-slice'
import { createEntrySlice, type EntrySlice } from './entry-slice'
import { createSettingsSlice, type SettingsSlice } from './settings-slice'
import { createSurveySlice, type SurveySlice } from './survey-slice'

/** Who asked for an action: the visitor's own input or a staff command. Both take the same path. */
export type ActionSource = 'visitor' | 'staff'

/** What the store needs from the outside world, injected so tests can control it. */
export interface AppDependencies {
  tasks: readonly TaskDefinition[]
  /** Receives every telemetry event, e.g. the persistent telemetry queue. */
  emitTelemetry: (event: TelemetryEventInput) => void
  /** @default Date.now */
  now?: () => number
  /** @default crypto.randomUUID */
  newId?: () => string
  appVersion: string
}

export type AppState = SessionSlice & TaskSlice & EntrySlice & SettingsSlice & SurveySlice

/** Builds one slice; slices read each other through `get` and report telemetry through `emit`. */
export type SliceCreator<T> = (
  set: StoreApi<AppState>['setState'],
  get: StoreApi<AppState>['getState'],
  tools: SliceTools,
) => T

export interface SliceTools {
  deps: Required<AppDependencies>
  /** Reports one event with the session's envelope filled in. */
  emit: (event: {
    type: TelemetryEventInput['type']
    payload: object
    step?: string | null
    source?: ActionSource
    /** A fixed id, for an event that may be reported more than once but must be stored once. @default a new one */
    id?: string
  }) => void
}

export type AppStore = StoreApi<AppState>

function envelopeEmitter(get: () => AppState, deps: Required<AppDependencies>): SliceTools['emit'] {
  return ({ type, payload, step = null, source = 'visitor', id = deps.newId() }) => {
    const state = get()
    deps.emitTelemetry({
      id,
      sessionId: state.sessionId,
      ts: new Date(deps.now()).toISOString(),
      type,
      scene: state.scene,
      task: state.taskId,
      step,
      mode: state.mode,
      locale: state.locale,
      appVersion: deps.appVersion,
      source,
      payload,
    } as TelemetryEventInput)
  }
}

/** Creates the app's store: session, task, entry and settings slices over one state. */
export function createAppStore(dependencies: AppDependencies): AppStore {
  const deps: Required<AppDependencies> = {
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
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
