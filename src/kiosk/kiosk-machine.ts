/** What the station shows about idleness: nothing, "Are you still there?", or the welcome screen after a reset. */
export type KioskPhase = 'active' | 'prompt' | 'attract'

/** The kiosk's clock: the phase, when it began, and the visitor's last input or head movement. */
export interface KioskClock {
  phase: KioskPhase
  phaseStartedAt: number
  lastActivityAt: number
}

/** What the clock is judged against. */
export interface KioskConditions {
  now: number
  /** Seconds without input or head movement before the prompt. */
  idleSeconds: number
  /** Kiosk mode; staff can leave it with the PIN. */
  enabled: boolean
  /** Whether someone has started using the station (chosen VR or the screen). */
  visitorPresent: boolean
}

/** What to do after a tick: the next clock, and whether to reset for the next visitor now. */
export interface KioskStep {
  clock: KioskClock
  reset: boolean
}

/** How long "Are you still there?" waits for an answer: a quarter of the idle time, from 2 to 20 s. */
export function promptSecondsFor(idleSeconds: number): number {
  return Math.min(20, Math.max(2, Math.round(idleSeconds / 4)))
}

/** When the prompt, if showing, gives up and resets. */
export function promptEndsAt(clock: KioskClock, idleSeconds: number): number | null {
  return clock.phase === 'prompt' ? clock.phaseStartedAt + promptSecondsFor(idleSeconds) * 1000 : null
}

/** Any input or head movement: the visitor is here, whatever was showing goes away. */
export function kioskActivity(clock: KioskClock, now: number): KioskClock {
  if (clock.phase === 'active') return { ...clock, lastActivityAt: now }
  return { phase: 'active', phaseStartedAt: now, lastActivityAt: now }
}

/** Lets time pass: active → prompt after the idle time, prompt → attract (with a reset) after the prompt time. */
export function kioskTick(clock: KioskClock, conditions: KioskConditions): KioskStep {
  const { now, idleSeconds, enabled, visitorPresent } = conditions
  if (!enabled) {
    return {
      clock: clock.phase === 'prompt' ? { ...clock, phase: 'active', phaseStartedAt: now } : clock,
      reset: false,
    }
  }
  switch (clock.phase) {
    case 'active':
      if (visitorPresent && now - clock.lastActivityAt >= idleSeconds * 1000) {
        return { clock: { ...clock, phase: 'prompt', phaseStartedAt: now }, reset: false }
      }
      return { clock, reset: false }
    case 'prompt':
      if (now - clock.phaseStartedAt >= promptSecondsFor(idleSeconds) * 1000) {
        return { clock: { ...clock, phase: 'attract', phaseStartedAt: now }, reset: true }
      }
      return { clock, reset: false }
    case 'attract':
      return { clock, reset: false }
  }
}
