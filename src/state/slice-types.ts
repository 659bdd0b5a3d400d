import type { StoreApi } from 'zustand/vanilla'
import type { ConfidenceValue, FeedbackCardAnswer } from '../domain/survey-answers'
import type { FieldValue } from '../tasks/field-value'
import type { AbandonReason, TaskInput, TaskRunState } from '../tasks/engine'
import type { TaskDefinition } from '../tasks/schema'
import type { EventType, PayloadOf, TelemetryEventInput } from '../telemetry/event-schema'
import type { Locale } from '../domain/locales'
import type { TextKey } from '../i18n/text-key'
import type { SettingId, SettingValue, Settings } from '../domain/settings'
import type { Mode, Posture } from '../domain/visit-options'

// The store's types in one file that imports no slice: every slice and the store import from here, so the
// slices and `app-store.ts` no longer import each other in a circle.

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
  /**
   * Null when a language's texts are loaded, else the promise of loading them: the language changes once its
   * texts are here, so the visitor never sees bare keys or hears the old language's line. @default always null
   */
  textsPending?: (locale: Locale) => Promise<void> | null
}

/** The whole state: every slice over one store. */
export type AppState = SessionSlice & TaskSlice & EntrySlice & SettingsSlice & SurveySlice

export type AppStore = StoreApi<AppState>

/** Builds one slice; slices read each other through `get` and report telemetry through `emit`. */
export type SliceCreator<T> = (
  set: StoreApi<AppState>['setState'],
  get: StoreApi<AppState>['getState'],
  tools: SliceTools,
) => T

/** One event as a slice reports it, its payload typed by its type; the envelope is filled in by the store. */
export type EmittedEvent<T extends EventType = EventType> = {
  [K in T]: {
    type: K
    payload: PayloadOf<K>
    step?: string | null
    /** @default 'visitor' */
    source?: ActionSource
    /** A fixed id, for an event that may be reported more than once but must be stored once. @default a new one */
    id?: string
  }
}[T]

export interface SliceTools {
  deps: Required<AppDependencies>
  /** Reports one event with the session's envelope filled in. */
  emit: <T extends EventType>(event: EmittedEvent<T>) => void
}

export type SessionEndReason = 'reset' | 'idle' | 'unload' | 'staff'

/** The visit: who is here (anonymously), in which language, how, and where. */
export interface SessionSlice {
  /** A random UUID per visit; a reset starts a new one. */
  sessionId: string
  /** The id of this visit's `session_ended` event: however often the end is reported, it is stored once. */
  sessionEndId: string
  /** Whether this visit's end has been reported. */
  sessionEnded: boolean
  sessionStartedAt: number
  locale: Locale
  posture: Posture
  mode: Mode
  /** Whether the visitor has chosen VR or the screen yet. */
  entered: boolean
  /** The scene on show: 'lobby' or a task's scene. */
  scene: string
  /** A friendly message to show once, as a text key. */
  notice: TextKey | null
  /** The visitor called for staff, who have not answered yet. */
  helpRequested: boolean
  /** The first-steps lesson has been offered to this visitor in the headset, and taken or declined. */
  basicsOffered: boolean
  enter: (mode: Mode) => void
  setMode: (mode: Mode) => void
  /** Resolves once the language is in place: its texts may have to load first. */
  setLocale: (locale: Locale, source?: ActionSource) => Promise<void>
  setPosture: (posture: Posture, source?: ActionSource) => void
  showNotice: (textKey: TextKey | null) => void
  /** "Help, please": calls staff to this station; once is enough until they answer. */
  requestHelp: (source?: ActionSource) => void
  /** Staff answered the call. */
  acknowledgeHelp: (source?: ActionSource) => void
  /** The visitor took or declined the first-steps lesson offered on entering VR: it is not offered again. */
  answerBasicsOffer: () => void
  /**
   * Reports the end of the visit once (a running task counts as abandoned), e.g. when the page goes away; the
   * state stays as it is. Only a visit that was entered has an end.
   */
  endVisit: (reason: SessionEndReason, source?: ActionSource) => void
  /**
   * Staff are trying a draft errand here (a preview): every event of the visit is marked `preview`, so none of
   * it counts. Only a reset starts or ends one. @default false
   */
  preview: boolean
  /**
   * Ends the visit and clears everything the visitor did, ready for the next one; with `preview`, the next visit
   * is a preview (see {@link SessionSlice.preview}), its first event included.
   */
  resetSession: (reason: SessionEndReason, source?: ActionSource, next?: { preview?: boolean }) => void
}

export type InputWithoutTime = TaskInput extends infer I
  ? I extends TaskInput
    ? Omit<I, 'at'>
    : never
  : never

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

/** What the visitor has typed, chosen and holds: cleared for the next visitor. */
export interface EntrySlice {
  /** What is in each field: text (typed, a date or one option), or the options chosen in order (multi-choice). */
  entries: Readonly<Record<string, FieldValue>>
  /** The interactable the visitor holds up to read, if any. */
  heldItem: string | null
  /**
   * A field the visitor opened that the step does not ask for, such as a search box: keys go to it while the
   * step has no field of its own, and only on the step it was opened on.
   */
  openedField: OpenedField | null
  /**
   * Types into the active field: one character, kept only where the field's format accepts it and has room (a
   * digits field ignores letters, an amount takes one comma), or `'backspace'` or `'clear'`.
   */
  typeKey: (key: string, source?: ActionSource) => void
  /** Sets a field outright: a chosen option, a picked date (`YYYY-MM-DD`), a checkbox (`'true'`/`'false'`). */
  setEntry: (field: string, value: string, source?: ActionSource) => void
  /** Adds an option to a multi-choice field, or takes it out again; the rest keep the order they were chosen in. */
  toggleOption: (field: string, option: string, source?: ActionSource) => void
  /** Sends the active field's value to the task. */
  submitEntry: (source?: ActionSource) => void
  /** Opens a field the step does not ask for (a search box) for typing, in a format such as `'text'`. */
  openField: (field: string, format: string, source?: ActionSource) => void
  /** Closes the opened field, if it is this one. */
  closeField: (field: string) => void
  /** Picks an item up to read it, or puts it down. Picking up also counts as activating it. */
  toggleHeld: (id: string, source?: ActionSource) => void
  /**
   * Holds a paper up to read without counting it as activated: an upright screen does so for a step that needs
   * the paper, so it is read in the reading view rather than framed small on the desk.
   */
  holdToRead: (id: string) => void
  clearEntries: () => void
}

/** A field opened by the visitor rather than asked for by the step, on the step it belongs to. */
export interface OpenedField {
  field: string
  /** A format id. */
  format: string
  stepIndex: number
}

/** How the visitor wants to see and hear the app: cleared for the next visitor, like everything they chose. */
export interface SettingsSlice {
  settings: Settings
  /** The settings menu is open (in VR a panel in front of the visitor, on a screen a dialog). */
  menuOpen: boolean
  /** Changes one setting; a value the setting does not have is ignored. */
  setSetting: <S extends SettingId>(setting: S, value: SettingValue<S>, source?: ActionSource) => void
  setMenuOpen: (open: boolean) => void
  /** Counts recenter requests; the headset's origin follows each new one (a request, not a setting). */
  recenterRequests: number
  /** Puts the view back in front of the visitor, wherever they have turned or walked to. */
  recenter: () => void
}

/** Where the visitor is in the questions around a task. */
export type SurveyStage = 'confidence-before' | 'confidence-after' | 'feedback'

/**
 * Questions around a task: confidence before it starts and after it ends, then feedback for the city. The task
 * starts only once the first question is answered or skipped, so its times do not include the question.
 */
export interface SurveySlice {
  /** Ask how sure the visitor is, before and after. Staff can turn it off per station. @default true */
  askConfidence: boolean
  /** The question on show, for which task; null when none. */
  survey: { stage: SurveyStage; taskId: string } | null
  /** Answers the confidence question on show with 1 (not at all sure) to 5 (very sure). */
  rateConfidence: (value: ConfidenceValue, source?: ActionSource) => void
  /** Sends the feedback for the city, and the errand wished for next when one was chosen, and ends the questions. */
  giveFeedback: (answer: FeedbackCardAnswer, source?: ActionSource) => void
  /** "Not now": leaves the question on show unanswered and goes on. */
  skipSurvey: (source?: ActionSource) => void
  setAskConfidence: (ask: boolean, source?: ActionSource) => void
  /** The task engine reports the task completed: the after-questions begin. */
  taskFinished: () => void
}
