import { randomUUID } from 'node:crypto'
import type { TelemetryEventInput } from '../../../src/telemetry/event-schema'

/** A `mistake` event as the client sends it. */
export type MistakeEvent = Extract<TelemetryEventInput, { type: 'mistake' }>

/** A valid `mistake` event of one session; `overrides` replace envelope fields. */
export function makeEvent(
  sessionId: string = randomUUID(),
  overrides: Partial<Pick<MistakeEvent, 'id' | 'scene' | 'ts'>> = {},
): MistakeEvent {
  return {
    id: randomUUID(),
    sessionId,
    ts: new Date().toISOString(),
    scene: 'bank',
    task: 'pay-bill',
    step: 'enter-amount',
    mode: 'desktop',
    locale: 'sv',
    appVersion: '0.1.0',
    type: 'mistake',
    payload: { stepIndex: 1, code: 'mismatch' },
    ...overrides,
  }
}

/**
 * A valid event that the real server also accepts, as large as one can be (about 420 bytes of JSON), to reach
 * the keepalive size limit.
 */
export function makeLargeEvent(sessionId: string = randomUUID()): TelemetryEventInput {
  return {
    id: randomUUID(),
    sessionId,
    ts: new Date().toISOString(),
    scene: 'bank',
    task: 'pay-bill',
    step: 'enter-bankgiro',
    mode: 'desktop',
    locale: 'sv',
    appVersion: '100.100.100-abcdefghijkl',
    source: 'visitor',
    type: 'task_abandoned',
    payload: {
      durationMs: 604_800_000,
      stepIndex: 999_999,
      reason: 'switched',
      hints: 999_999,
      mistakes: 999_999,
    },
  }
}

/** The `id` of an event that a server received as `unknown` JSON. */
export function idOf(event: unknown): string {
  if (typeof event === 'object' && event !== null && 'id' in event && typeof event.id === 'string') {
    return event.id
  }
  throw new Error(`not an event: ${JSON.stringify(event)}`)
}
