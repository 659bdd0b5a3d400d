import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import type { ActionSource, SliceCreator } from './app-store'
import { DEFAULT_SETTINGS } from './settings'

export type Posture = 'seated' | 'standing'
export type Mode = 'vr' | 'desktop'
export type SessionEndReason = 'reset' | 'idle' | 'unload' | 'staff'

/** The visit: who is here (anonymously), in which language, how, and where. */
export interface SessionSlice {
  /** A random UUID per visit; a reset starts a new one. */
  sessionId: string
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
  enter: (mode: Mode) => void
  setMode: (mode: Mode) => void
  setLocale: (locale: Locale, source?: ActionSource) => void
  setPosture: (posture: Posture, source?: ActionSource) => void
  showNotice: (textKey: string | null) => void
  /** Ends the visit and clears everything the visitor did, ready for the next one. */
  resetSession: (reason: SessionEndReason, source?: ActionSource) => void
}

export const createSessionSlice: SliceCreator<SessionSlice> = (set, get, { deps, emit }) => ({
  sessionId: deps.newId(),
  sessionStartedAt: deps.now(),
  locale: DEFAULT_LOCALE,
  posture: 'standing',
  mode: 'desktop',
  entered: false,
  scene: 'lobby',
  notice: null,

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
  resetSession: (reason, source = 'visitor') => {
    get().leaveTask(reason === 'idle' ? 'idle' : source === 'staff' ? 'staff' : 'reset', source)
    if (get().entered) {
      emit({
        type: 'session_ended',
        payload: { reason, durationMs: deps.now() - get().sessionStartedAt },
        source,
      })
    }
    get().clearEntries()
    set({
      sessionId: deps.newId(),
      sessionStartedAt: deps.now(),
      locale: DEFAULT_LOCALE,
      posture: 'standing',
      scene: 'lobby',
      notice: null,
      guided: false,
      settings: DEFAULT_SETTINGS,
      menuOpen: false,
    })
    if (get().entered) emit({ type: 'session_started', payload: { posture: 'standing' } })
  },
})
