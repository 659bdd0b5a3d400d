import { createStore, type StoreApi } from 'zustand/vanilla'
import type { ActionSource, AppStore } from '../state/app-store'
import type { SessionEndReason } from '../state/session-slice'
import { kioskActivity, kioskTick, promptEndsAt, type KioskClock, type KioskPhase } from './kiosk-machine'

/** The idle time when the server has not said otherwise. */
export const DEFAULT_IDLE_SECONDS = 90
const TICK_MS = 250

/** What the kiosk's screens render from: slow state only. */
export interface KioskState {
  /** Kiosk mode: idle visitors are asked, then reset. Leaving it needs the staff PIN. @default true */
  enabled: boolean
  phase: KioskPhase
  idleSeconds: number
  /** When "Are you still there?" gives up, or null when it is not showing. */
  promptEndsAt: number | null
}

/** Idle detection and the reset between visitors, for one station. */
export interface Kiosk {
  store: StoreApi<KioskState>
  /** Any input or head movement. Cheap enough to call on every pointer move. */
  noteActivity(): void
  /** Lets time pass; the timer started by `start` calls it four times a second. */
  tick(): void
  setIdleSeconds(seconds: number): void
  /** Turns kiosk mode on or off. Callers check the staff PIN first. */
  setEnabled(enabled: boolean): void
  /**
   * Ends the visit and clears everything the visitor did (task, typed numbers, held item, language, guided
   * mode, open menus), but not queued telemetry; then shows the welcome screen.
   */
  resetForNextVisitor(reason: SessionEndReason, source: ActionSource): void
  /** Runs after every reset, e.g. to close station menus; returns an unsubscribe. */
  onReset(listener: () => void): () => void
  start(): void
  stop(): void
}

export interface KioskOptions {
  appStore: AppStore
  /** @default DEFAULT_IDLE_SECONDS until the server says otherwise */
  idleSeconds?: number
  /** @default Date.now */
  now?: () => number
}

export function createKiosk({
  appStore,
  idleSeconds = DEFAULT_IDLE_SECONDS,
  now = Date.now,
}: KioskOptions): Kiosk {
  // Activity arrives up to every frame: it lives in a plain object, and only phase changes reach the store.
  let clock: KioskClock = { phase: 'active', phaseStartedAt: now(), lastActivityAt: now() }
  const store = createStore<KioskState>()(() => ({
    enabled: true,
    phase: 'active',
    idleSeconds,
    promptEndsAt: null,
  }))
  const resetListeners = new Set<() => void>()
  let timer: ReturnType<typeof setInterval> | null = null
  let unsubscribeApp: (() => void) | null = null

  const publish = () => {
    const { phase } = clock
    const ends = promptEndsAt(clock, store.getState().idleSeconds)
    const current = store.getState()
    if (current.phase !== phase || current.promptEndsAt !== ends)
      store.setState({ phase, promptEndsAt: ends })
  }

  const kiosk: Kiosk = {
    store,
    noteActivity() {
      const wasActive = clock.phase === 'active'
      clock = kioskActivity(clock, now())
      if (!wasActive) publish()
    },
    tick() {
      const { enabled, idleSeconds: seconds } = store.getState()
      const step = kioskTick(clock, {
        now: now(),
        idleSeconds: seconds,
        enabled,
        visitorPresent: appStore.getState().entered,
      })
      clock = step.clock
      if (step.reset) kiosk.resetForNextVisitor('idle', 'visitor')
      else publish()
    },
    setIdleSeconds(seconds) {
      store.setState({ idleSeconds: seconds })
      publish()
    },
    setEnabled(enabled) {
      store.setState({ enabled })
      clock = kioskActivity(clock, now())
      publish()
    },
    resetForNextVisitor(reason, source) {
      appStore.getState().resetSession(reason, source)
      clock = { phase: 'attract', phaseStartedAt: now(), lastActivityAt: now() }
      publish()
      for (const listener of resetListeners) listener()
    },
    onReset(listener) {
      resetListeners.add(listener)
      return () => resetListeners.delete(listener)
    },
    start() {
      if (timer !== null) return
      timer = setInterval(() => kiosk.tick(), TICK_MS)
      // A task started (by the visitor or by staff) or a visitor arriving counts as activity.
      unsubscribeApp = appStore.subscribe((state, previous) => {
        if (
          (state.taskId !== null && state.taskId !== previous.taskId) ||
          (state.entered && !previous.entered)
        ) {
          kiosk.noteActivity()
        }
      })
    },
    stop() {
      if (timer !== null) clearInterval(timer)
      timer = null
      unsubscribeApp?.()
      unsubscribeApp = null
    },
  }
  return kiosk
}
