import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import type { ActionSource, SliceCreator } from './app-store'
import { DEFAULT_SETTINGS } from './settings'
import type { Mode, Posture } from './visit-options'

export type { Mode, Posture } from './visit-options'
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
  notice: string | null
  /** The visitor called for staff, who have not answered yet. */
  helpRequested: boolean
  /** The first-steps lesson has been offered to this visitor in the headset, and taken or declined. */
  basicsOffered: boolean
  enter: (mode: Mode) => void
  setMode: (mode: Mode) => void
  setLocale: (locale: Locale, source?: ActionSource) => void
  setPosture: (posture: Posture, source?: ActionSource) => void
  showNotice: (textKey: string | null) => void
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
  /** Ends the visit and clears everything the visitor did, ready for the next one. */
  resetSession: (reason: SessionEndReason, source?: ActionSource) => void
}

export const createSessionSlice: SliceCreator<SessionSlice> = (set, get, { deps, emit }) => ({
  sessionId: deps.newId(),
  sessionEndId: deps.newId(),
  sessionEnded: false,
  sessionStartedAt: deps.now(),
  locale: DEFAULT_LOCALE,
  posture: 'standing',
  mode: 'desktop',
  entered: false,
  scene: 'lobby',
  notice: null,
  helpRequested: false,
  basicsOffered: false,

  enter: (mode) => {
    const wasEntered = get().entered
    set({ entered: true, mode })
    if (!wasEntered) emit({ type: 'session_started', payload: { posture: get().posture } })
  },
  setMode: (mode) => {
    if (get().mode === mode) return
    set({ mode })
    emit({ type: 'setting_changed', payload: { setting: 'mode', value: mode } })
  },
  setLocale: (locale, source = 'visitor') => {
    if (get().locale === locale) return
    set({ locale })
    emit({ type: 'setting_changed', payload: { setting: 'locale', value: locale }, source })
  },
  setPosture: (posture, source = 'visitor') => {
    if (get().posture === posture) return
    set({ posture })
    emit({ type: 'setting_changed', payload: { setting: 'posture', value: posture }, source })
  },
  showNotice: (notice) => set({ notice }),
  requestHelp: (source = 'visitor') => {
    if (get().helpRequested) return
    set({ helpRequested: true })
    emit({ type: 'help_requested', payload: {}, source })
  },
  acknowledgeHelp: () => set({ helpRequested: false }),
  answerBasicsOffer: () => set({ basicsOffered: true }),
  endVisit: (reason, source = 'visitor') => {
    if (!get().entered || get().sessionEnded) return
    const abandon =
      reason === 'unload' ? 'left' : reason === 'idle' ? 'idle' : source === 'staff' ? 'staff' : 'reset'
    if (get().run?.status === 'running') get().dispatchTask({ type: 'abandon', reason: abandon }, source)
    emit({
      type: 'session_ended',
      id: get().sessionEndId,
      payload: { reason, durationMs: deps.now() - get().sessionStartedAt },
      source,
    })
    set({ sessionEnded: true })
  },
  resetSession: (reason, source = 'visitor') => {
    get().endVisit(reason, source)
    get().leaveTask(reason === 'idle' ? 'idle' : source === 'staff' ? 'staff' : 'reset', source)
    get().clearEntries()
    set({
      sessionId: deps.newId(),
      sessionEndId: deps.newId(),
      sessionEnded: false,
      sessionStartedAt: deps.now(),
      locale: DEFAULT_LOCALE,
      posture: 'standing',
      scene: 'lobby',
      notice: null,
      helpRequested: false,
      basicsOffered: false,
      guided: false,
      settings: DEFAULT_SETTINGS,
      menuOpen: false,
    })
    if (get().entered) emit({ type: 'session_started', payload: { posture: 'standing' } })
  },
})
