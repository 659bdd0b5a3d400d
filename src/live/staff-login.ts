/** A staff login: a bearer token and when it expires (ms since the epoch). */
export interface StaffLogin {
  token: string
  expiresAt: number
}

/** The outcome of a PIN. */
export type LoginOutcome =
  | { ok: true; login: StaffLogin }
  | { ok: false; reason: 'wrong' | 'offline' }
  | { ok: false; reason: 'too-many'; retryAfterSeconds: number }
  /** Staff log in over HTTPS only from another machine: `httpsUrl` is where, or null when HTTPS is off. */
  | { ok: false; reason: 'insecure'; httpsUrl: string | null }

/** Logs in with the staff PIN at `POST /api/staff/login`. */
export async function logIn(pin: string, fetcher: typeof fetch = fetch): Promise<LoginOutcome> {
  try {
    const response = await fetcher('/api/staff/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pin }),
    })
    if (response.status === 429) {
      return {
        ok: false,
        reason: 'too-many',
        retryAfterSeconds: Number(response.headers.get('retry-after') ?? 60),
      }
    }
    if (response.status === 403)
      return { ok: false, reason: 'insecure', httpsUrl: await httpsUrlOf(response) }
    if (response.status === 401 || response.status === 400) return { ok: false, reason: 'wrong' }
    if (!response.ok) return { ok: false, reason: 'offline' }
    const body = (await response.json()) as { token?: unknown; expiresAt?: unknown }
    const expiresAt = typeof body.expiresAt === 'string' ? Date.parse(body.expiresAt) : Number.NaN
    if (typeof body.token !== 'string' || Number.isNaN(expiresAt)) return { ok: false, reason: 'offline' }
    return { ok: true, login: { token: body.token, expiresAt } }
  } catch {
    return { ok: false, reason: 'offline' }
  }
}

/**
 * Ends a login on the server (`POST /api/staff/logout`), so the token stops working at once everywhere.
 * Never throws: offline, the token still expires on its own.
 */
export async function logOut(token: string, fetcher: typeof fetch = fetch): Promise<void> {
  try {
    await fetcher('/api/staff/logout', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      keepalive: true,
    })
  } catch {
    // Offline: nothing more to do.
  }
}

async function httpsUrlOf(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { httpsUrl?: unknown }
    return typeof body.httpsUrl === 'string' && body.httpsUrl.startsWith('https://') ? body.httpsUrl : null
  } catch {
    return null
  }
}
