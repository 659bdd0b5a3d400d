import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** Options of {@link createStaffAuth}. */
export interface StaffAuthOptions {
  /** The PIN staff type to log in. */
  pin: string
  /** How long a token stays valid. @default 12 hours */
  tokenTtlMs?: number
  /** Wrong PINs a client may enter per window before every attempt is refused. @default 5 */
  maxFailures?: number
  /** The window for {@link maxFailures}. @default 60 000 ms */
  failureWindowMs?: number
  /** Wrong PINs from all clients together within {@link globalWindowMs} before every login is refused. @default 20 */
  globalMaxFailures?: number
  /** The window for {@link globalMaxFailures}. @default 10 minutes */
  globalWindowMs?: number
  /** How long the first global lockout lasts; each one soon after doubles it. @default 30 000 ms */
  lockoutBaseMs?: number
  /** The longest global lockout. @default 15 minutes */
  lockoutMaxMs?: number
  /** Told each time the global budget trips, e.g. to log a warning. */
  onLockout?: (lockout: GlobalLockout) => void
  /** The clock, replaceable in tests. @default Date.now */
  now?: () => number
}

/** A trip of the global wrong-PIN budget. */
export interface GlobalLockout {
  /** Wrong PINs from all clients within the window. */
  failures: number
  /** How long every login is refused now. */
  lockedForMs: number
  /** Lockouts in a row (each within an hour of the last), which double its length. */
  trips: number
}

/** The outcome of a login attempt. */
export type LoginResult =
  | { ok: true; token: string; expiresAt: string }
  | { ok: false; reason: 'wrong-pin' }
  | { ok: false; reason: 'too-many-attempts'; retryAfterSeconds: number }

/** Staff login and token checks, shared by the HTTP routes and any later WebSocket plugin. */
export interface StaffAuth {
  /**
   * Checks a PIN for a client (any key that tells clients apart, such as the remote address; it is kept in
   * memory only, for the length of the failure window).
   */
  login(pin: string, clientKey: string): LoginResult
  /** Whether a token was issued here and has not expired. */
  verify(token: string | undefined): boolean
  /** Ends a token early. */
  revoke(token: string): void
}

const TWELVE_HOURS_MS = 12 * 60 * 60 * 1000
const MAX_TRACKED_CLIENTS = 10_000
const HOUR_MS = 60 * 60 * 1000

/**
 * Random bearer tokens, kept in memory (a restart logs staff out). Wrong PINs are limited twice: per client,
 * and for all clients together, since anyone on the LAN can use many addresses. Once the global budget is
 * spent, every login (even with the right PIN, which an attacker might have just guessed) waits out a lockout
 * that doubles each time it trips again within the hour.
 */
export function createStaffAuth(options: StaffAuthOptions): StaffAuth {
  const {
    tokenTtlMs = TWELVE_HOURS_MS,
    maxFailures = 5,
    failureWindowMs = 60_000,
    globalMaxFailures = 20,
    globalWindowMs = 10 * 60_000,
    lockoutBaseMs = 30_000,
    lockoutMaxMs = 15 * 60_000,
    now = Date.now,
  } = options
  const pinDigest = digest(options.pin)
  const tokens = new Map<string, number>()
  const failures = new Map<string, number[]>()
  let globalFailures: number[] = []
  let lockedUntil = 0
  let trips = 0
  let lastTripAt = Number.NEGATIVE_INFINITY

  /**
   * Counts a wrong PIN against the global budget and trips the lockout when the budget is spent. Within an
   * hour of a lockout every wrong PIN trips the next, longer one: the budget does not refill in between.
   */
  function countGlobalFailure(at: number): void {
    globalFailures = globalFailures.filter((time) => at - time < globalWindowMs)
    globalFailures.push(at)
    const onProbation = at - lastTripAt < HOUR_MS
    if (!onProbation && globalFailures.length < globalMaxFailures) return
    trips = onProbation ? trips + 1 : 1
    lastTripAt = at
    const lockedForMs = Math.min(lockoutMaxMs, lockoutBaseMs * 2 ** (trips - 1))
    lockedUntil = at + lockedForMs
    options.onLockout?.({ failures: globalFailures.length, lockedForMs, trips })
  }

  function recentFailures(clientKey: string, at: number): number[] {
    const recent = (failures.get(clientKey) ?? []).filter((time) => at - time < failureWindowMs)
    if (recent.length === 0) failures.delete(clientKey)
    else failures.set(clientKey, recent)
    return recent
  }

  function forgetExpired(at: number): void {
    for (const [token, expiresAt] of tokens) if (expiresAt <= at) tokens.delete(token)
    if (failures.size > MAX_TRACKED_CLIENTS) {
      for (const key of [...failures.keys()]) recentFailures(key, at)
    }
  }

  return {
    login(pin, clientKey) {
      const at = now()
      forgetExpired(at)
      if (at < lockedUntil) {
        return {
          ok: false,
          reason: 'too-many-attempts',
          retryAfterSeconds: Math.max(1, Math.ceil((lockedUntil - at) / 1000)),
        }
      }
      const recent = recentFailures(clientKey, at)
      const oldest = recent[0]
      if (recent.length >= maxFailures && oldest !== undefined) {
        return {
          ok: false,
          reason: 'too-many-attempts',
          retryAfterSeconds: Math.max(1, Math.ceil((oldest + failureWindowMs - at) / 1000)),
        }
      }
      if (!timingSafeEqual(digest(pin), pinDigest)) {
        failures.set(clientKey, [...recent, at])
        countGlobalFailure(at)
        return { ok: false, reason: 'wrong-pin' }
      }
      failures.delete(clientKey)
      const token = randomBytes(32).toString('base64url')
      const expiresAt = at + tokenTtlMs
      tokens.set(token, expiresAt)
      return { ok: true, token, expiresAt: new Date(expiresAt).toISOString() }
    },

    verify(token) {
      if (token === undefined) return false
      const expiresAt = tokens.get(token)
      if (expiresAt === undefined) return false
      if (expiresAt <= now()) {
        tokens.delete(token)
        return false
      }
      return true
    },

    revoke(token) {
      tokens.delete(token)
    },
  }
}

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
  return match?.[1]
}

// Equal-length digests let timingSafeEqual compare PINs of any length.
function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest()
}
