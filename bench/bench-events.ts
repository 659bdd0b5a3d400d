import { randomBytes } from 'node:crypto'
import type { TelemetryEventInput } from '../src/telemetry/event-schema'

// Events for the benchmark: unique ids from a per-run prefix and a counter; a realistic mix of types.

const runPrefix = randomBytes(4).toString('hex')
let counter = 0

/** A fresh UUID-shaped id, unique within the run (and across runs by its random prefix). */
export function nextId(): string {
  counter += 1
  return `${runPrefix}-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`
}

function eventInput(i: number, sessionId: string): TelemetryEventInput {
  const envelope = {
    id: nextId(),
    sessionId,
    ts: new Date().toISOString(),
    scene: 'bank',
    task: 'pay-bill',
    step: 'enter-amount',
    mode: 'vr' as const,
    locale: 'sv' as const,
    appVersion: '0.1.0',
  }
  switch (i % 4) {
    case 0:
      return {
        ...envelope,
        type: 'step_completed',
        payload: { stepIndex: 1, durationMs: 8421, hints: 1, mistakes: 0, skipped: false },
      }
    case 1:
      return { ...envelope, type: 'hint_shown', payload: { stepIndex: 1, hintIndex: 0, reason: 'idle' } }
    case 2:
      return { ...envelope, type: 'mistake', payload: { stepIndex: 1, code: 'mismatch' } }
    default:
      return {
        ...envelope,
        type: 'task_completed',
        payload: { durationMs: 42000, stepCount: 4, hints: 1, mistakes: 1 },
      }
  }
}

/** One visit's batch of `size` events, every id new. */
export function batchInputs(size: number): TelemetryEventInput[] {
  const sessionId = nextId()
  return Array.from({ length: size }, (_, i) => eventInput(i, sessionId))
}
