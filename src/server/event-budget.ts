/** Options of {@link createEventBudget}. */
export interface EventBudgetOptions {
  /** Events one address may send per minute. */
  perAddressPerMinute: number
  /** Events all addresses together may send per UTC day. */
  perDay: number
  /** @default Date.now */
  now?: () => number
}

/** Whether a batch may be stored now; when not, which limit it hit and when to try again. */
export type BudgetVerdict =
  { ok: true } | { ok: false; limit: 'address' | 'daily'; retryAfterSeconds: number }

/** Counts events, not requests: one request of 500 events uses 500 of the budget. */
export interface EventBudget {
  /** Takes `count` events from the address's and the day's budget, or none when either would run out. */
  take(address: string, count: number): BudgetVerdict
}

const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS
const MAX_TRACKED_ADDRESSES = 10_000

/** Per-address minute windows and one daily window, in memory (a restart starts them afresh). */
export function createEventBudget(options: EventBudgetOptions): EventBudget {
  const { perAddressPerMinute, perDay, now = Date.now } = options
  const windows = new Map<string, { startedAt: number; count: number }>()
  let day = { index: -1, count: 0 }

  function forgetEnded(at: number): void {
    for (const [address, window] of windows) if (at - window.startedAt >= MINUTE_MS) windows.delete(address)
  }

  return {
    take(address, count) {
      const at = now()
      const dayIndex = Math.floor(at / DAY_MS)
      if (day.index !== dayIndex) day = { index: dayIndex, count: 0 }
      if (day.count + count > perDay) {
        return {
          ok: false,
          limit: 'daily',
          retryAfterSeconds: Math.ceil(((dayIndex + 1) * DAY_MS - at) / 1000),
        }
      }
      let window = windows.get(address)
      if (window === undefined || at - window.startedAt >= MINUTE_MS) {
        if (windows.size >= MAX_TRACKED_ADDRESSES) forgetEnded(at)
        window = { startedAt: at, count: 0 }
        windows.set(address, window)
      }
      if (window.count + count > perAddressPerMinute) {
        return {
          ok: false,
          limit: 'address',
          retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + MINUTE_MS - at) / 1000)),
        }
      }
      window.count += count
      day.count += count
      return { ok: true }
    },
  }
}
