import { describe, expect, it } from 'vitest'
import {
  kioskActivity,
  kioskTick,
  promptEndsAt,
  promptSecondsFor,
  type KioskClock,
} from '../../../src/kiosk/kiosk-machine'

const start: KioskClock = { phase: 'active', phaseStartedAt: 0, lastActivityAt: 0 }
const at = (now: number, extra: { enabled?: boolean; visitorPresent?: boolean } = {}) => ({
  now,
  idleSeconds: 90,
  enabled: true,
  visitorPresent: true,
  ...extra,
})

describe('kiosk clock', () => {
  it('asks "Are you still there?" after the idle time, then resets after the prompt time', () => {
    expect(kioskTick(start, at(89_999))).toEqual({ clock: start, reset: false })
    const prompt = kioskTick(start, at(90_000))
    expect(prompt).toEqual({
      clock: { phase: 'prompt', phaseStartedAt: 90_000, lastActivityAt: 0 },
      reset: false,
    })
    expect(promptEndsAt(prompt.clock, 90)).toBe(110_000)
    expect(kioskTick(prompt.clock, at(109_999)).reset).toBe(false)
    expect(kioskTick(prompt.clock, at(110_000))).toEqual({
      clock: { phase: 'attract', phaseStartedAt: 110_000, lastActivityAt: 0 },
      reset: true,
    })
  })

  it('any activity puts the prompt or the welcome screen away and restarts the idle time', () => {
    const prompt: KioskClock = { phase: 'prompt', phaseStartedAt: 90_000, lastActivityAt: 0 }
    expect(kioskActivity(prompt, 95_000)).toEqual({
      phase: 'active',
      phaseStartedAt: 95_000,
      lastActivityAt: 95_000,
    })
    const attract: KioskClock = { phase: 'attract', phaseStartedAt: 110_000, lastActivityAt: 0 }
    expect(kioskActivity(attract, 200_000).phase).toBe('active')
    expect(kioskTick(kioskActivity(start, 50_000), at(139_999)).clock.phase).toBe('active')
  })

  it('waits on the welcome screen without resetting again', () => {
    const attract: KioskClock = { phase: 'attract', phaseStartedAt: 110_000, lastActivityAt: 0 }
    expect(kioskTick(attract, at(10_000_000))).toEqual({ clock: attract, reset: false })
  })

  it('does nothing before a visitor has started, or with kiosk mode off', () => {
    expect(kioskTick(start, at(1_000_000, { visitorPresent: false })).clock.phase).toBe('active')
    expect(kioskTick(start, at(1_000_000, { enabled: false })).clock.phase).toBe('active')
    const prompt: KioskClock = { phase: 'prompt', phaseStartedAt: 90_000, lastActivityAt: 0 }
    expect(kioskTick(prompt, at(200_000, { enabled: false }))).toEqual({
      clock: { phase: 'active', phaseStartedAt: 200_000, lastActivityAt: 0 },
      reset: false,
    })
  })

  it('gives the prompt a quarter of the idle time, from 2 to 20 seconds', () => {
    expect(promptSecondsFor(90)).toBe(20)
    expect(promptSecondsFor(40)).toBe(10)
    expect(promptSecondsFor(3)).toBe(2)
  })
})
