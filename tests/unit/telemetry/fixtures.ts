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
    payload: { stepIndex: 1, code: 'wrong-field' },
    ...overrides,
  }
}

/** A valid `setting_changed` event of about 560 bytes of JSON, to reach the keepalive size limit. */
export function makeLargeEvent(sessionId: string = randomUUID()): TelemetryEventInput {
  return {
    id: randomUUID(),
    sessionId,
    ts: new Date().toISOString(),
    scene: 's'.repeat(64),
    task: 't'.repeat(64),
    step: 'p'.repeat(64),
    mode: 'vr',
    locale: 'sv-SE',
    appVersion: 'v'.repeat(32),
    type: 'setting_changed',
    payload: { setting: 'station_name', value: 'n'.repeat(64) },
  }
}

/** The `id` of an event that a server received as `unknown` JSON. */
export function idOf(event: unknown): string {
  if (typeof event === 'object' && event !== null && 'id' in event && typeof event.id === 'string') {
    return event.id
  }
  throw new Error(`not an event: ${JSON.stringify(event)}`)
}
