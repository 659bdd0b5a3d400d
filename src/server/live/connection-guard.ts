/** Limits of {@link createConnectionGuard}. */
export interface GuardLimits {
  /** Messages a connection may send per second; more are dropped. */
  maxMessagesPerSecond: number
  /** Messages dropped for the rate within a minute before the connection is closed. */
  maxDroppedPerMinute: number
  /** Invalid messages within a minute before the connection is closed. */
  maxInvalidPerMinute: number
}

/** What to do with a connection's message. */
export type GuardVerdict = 'ok' | 'drop' | 'close'

/** One connection's allowance, its count of invalid messages, and its one log line a minute. */
export interface ConnectionGuard {
  /** Counts a message against the per-second allowance. */
  admit(now: number): GuardVerdict
  /** Counts an invalid message: `close` once there are too many within a minute. */
  invalid(now: number): Exclude<GuardVerdict, 'drop'>
  /** Null when this connection already logged within the minute, else how many lines were held back. */
  mayLog(now: number): number | null
}

const MINUTE_MS = 60_000

/** A fixed one-minute window of counts. */
function minuteCounter() {
  let startedAt = Number.NEGATIVE_INFINITY
  let count = 0
  return (now: number): number => {
    if (now - startedAt >= MINUTE_MS) {
      startedAt = now
      count = 0
    }
    return ++count
  }
}

export function createConnectionGuard(limits: GuardLimits): ConnectionGuard {
  let secondStartedAt = Number.NEGATIVE_INFINITY
  let inSecond = 0
  const dropped = minuteCounter()
  const invalid = minuteCounter()
  let loggedAt = Number.NEGATIVE_INFINITY
  let held = 0

  return {
    admit(now) {
      if (now - secondStartedAt >= 1000) {
        secondStartedAt = now
        inSecond = 0
      }
      if (++inSecond <= limits.maxMessagesPerSecond) return 'ok'
      return dropped(now) > limits.maxDroppedPerMinute ? 'close' : 'drop'
    },
    invalid(now) {
      return invalid(now) > limits.maxInvalidPerMinute ? 'close' : 'ok'
    },
    mayLog(now) {
      if (now - loggedAt < MINUTE_MS) {
        held++
        return null
      }
      loggedAt = now
      const before = held
      held = 0
      return before
    },
  }
}
