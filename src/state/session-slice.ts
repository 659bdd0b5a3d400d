import { DEFAULT_LOCALE, type Locale } from '../domain/locales'
import type { SliceCreator, SessionSlice } from './slice-types'
import { DEFAULT_SETTINGS } from '../domain/settings'
export type { SessionEndReason, SessionSlice } from './slice-types'

export type { Mode, Posture } from '../domain/visit-options'

export const createSessionSlice: SliceCreator<SessionSlice> = (set, get, { deps, emit }) => {
  /** The language last asked for while its texts load: a later choice wins over an earlier, slower one. */
  let wanted: Locale | null = null
  /** What every visit starts with, the first one and each one after a reset. */
  const newVisit = () =>
    ({
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
    }) as const
  return {
    ...newVisit(),
    mode: 'desktop',
    entered: false,
    preview: false,

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
    setLocale: async (locale, source = 'visitor') => {
      wanted = locale
      if (get().locale === locale) return
      const pending = deps.textsPending(locale)
      if (pending) {
        // The texts could not be fetched (the network is down): the visitor keeps the language they have.
        const loaded = await pending.then(
          () => true,
          () => false,
        )
        if (loaded && wanted === locale) await get().setLocale(locale, source)
        return
      }
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
    resetSession: (reason, source = 'visitor', next = {}) => {
      get().endVisit(reason, source)
      get().leaveTask(reason === 'idle' ? 'idle' : source === 'staff' ? 'staff' : 'reset', source)
      get().clearEntries()
      set({
        ...newVisit(),
        guided: false,
        settings: DEFAULT_SETTINGS,
        menuOpen: false,
        preview: next.preview ?? false,
      })
      if (get().entered) emit({ type: 'session_started', payload: { posture: 'standing' } })
    },
  }
}
