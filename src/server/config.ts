/** Everything the server can be told, read once from the environment at start. */
export interface ServerConfig {
  /** HTTP port for this machine (`PORT`); 0 picks a free port. @default 8080 */
  port: number
  /** HTTPS port for headsets on the LAN (`HTTPS_PORT`); 0 picks a free port; null (`HTTPS_PORT=off`) serves no HTTPS. @default 8443 */
  httpsPort: number | null
  /** Interface to listen on (`HOST`). @default '0.0.0.0' */
  host: string
  /** Where the database, the generated certificate and the staff PIN live (`DATA_DIR`). @default './data' */
  dataDir: string
  /** PEM certificate file (`TLS_CERT`); without it and `tlsKey` a self-signed one is generated once into `dataDir`. */
  tlsCert?: string
  /** PEM private key file (`TLS_KEY`). */
  tlsKey?: string
  /**
   * The staff PIN (`STAFF_PIN`), at least six digits; without it one is generated on first start into
   * `dataDir/staff-pin.txt`.
   */
  staffPin?: string
  /** How long staff tokens stay valid, in milliseconds. @default 12 hours */
  staffTokenTtlMs: number
  /** Events older than this many days are purged on start and daily (`RETENTION_DAYS`). @default 365 */
  retentionDays: number
  /** The built app (`STATIC_DIR`); null, `STATIC_DIR=off` or a missing folder serves the API only. @default './dist' */
  staticDir: string | null
  /** Batches each client may post to `/api/events` per minute (`RATE_LIMIT_PER_MINUTE`). @default 600 */
  rateLimitPerMinute: number
  /** Events each address may send per minute, however they are batched (`EVENTS_PER_MINUTE`). @default 5000 */
  eventsPerMinute: number
  /** Events all stations together may send per UTC day (`EVENTS_PER_DAY`). @default 200000 */
  eventsPerDay: number
  /** Below this much free space on the data folder's disk, new events are refused with 507 (`MIN_FREE_DISK_MB`). @default 256 */
  minFreeDiskMb: number
  /** Open connections each server (HTTP, HTTPS) accepts at most (`MAX_CONNECTIONS`). @default 512 */
  maxConnections: number
  /** A request must be received in full within this many milliseconds. @default 30 000 */
  requestTimeoutMs: number
  /** A request's headers must arrive within this many milliseconds. @default 10 000 */
  headersTimeoutMs: number
  /** Origin used in xAPI IRIs, e.g. `https://digidel.library.example` (`PUBLIC_ORIGIN`); without it, the request's origin. */
  publicOrigin?: string
  /** Seconds without input or head movement before a station asks "Are you still there?" and then resets (`IDLE_SECONDS`); unset means 90. */
  idleSeconds?: number
  /** Log requests (method and URL only, never addresses or user agents) (`LOGGER=off` or `0` turns it off). @default true */
  logger: boolean
}

const TWELVE_HOURS_MS = 12 * 60 * 60 * 1000
const OFF = new Set(['off', 'none', 'false', 'no'])

/** Reads the configuration from environment variables, with the defaults documented on {@link ServerConfig}. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const tlsCert = nonEmpty(env.TLS_CERT)
  const tlsKey = nonEmpty(env.TLS_KEY)
  if ((tlsCert === undefined) !== (tlsKey === undefined)) {
    throw new Error('TLS_CERT and TLS_KEY must be given together')
  }
  const httpsPortText = env.HTTPS_PORT?.trim().toLowerCase()
  const staticDirText = env.STATIC_DIR?.trim()
  const publicOrigin = nonEmpty(env.PUBLIC_ORIGIN)
  const staffPin = nonEmpty(env.STAFF_PIN)
  if (staffPin !== undefined) checkStaffPin(staffPin, 'STAFF_PIN')
  return {
    port: portFrom('PORT', env.PORT, 8080),
    httpsPort:
      httpsPortText !== undefined && OFF.has(httpsPortText)
        ? null
        : portFrom('HTTPS_PORT', env.HTTPS_PORT, 8443),
    host: nonEmpty(env.HOST) ?? '0.0.0.0',
    dataDir: nonEmpty(env.DATA_DIR) ?? './data',
    ...(tlsCert !== undefined && tlsKey !== undefined ? { tlsCert, tlsKey } : {}),
    ...(staffPin !== undefined ? { staffPin } : {}),
    staffTokenTtlMs: TWELVE_HOURS_MS,
    retentionDays: positiveIntFrom('RETENTION_DAYS', env.RETENTION_DAYS, 365),
    staticDir:
      staticDirText === undefined || staticDirText === ''
        ? './dist'
        : OFF.has(staticDirText.toLowerCase())
          ? null
          : staticDirText,
    rateLimitPerMinute: positiveIntFrom('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, 600),
    eventsPerMinute: positiveIntFrom('EVENTS_PER_MINUTE', env.EVENTS_PER_MINUTE, 5000),
    eventsPerDay: positiveIntFrom('EVENTS_PER_DAY', env.EVENTS_PER_DAY, 200_000),
    minFreeDiskMb: positiveIntFrom('MIN_FREE_DISK_MB', env.MIN_FREE_DISK_MB, 256),
    maxConnections: positiveIntFrom('MAX_CONNECTIONS', env.MAX_CONNECTIONS, 512),
    requestTimeoutMs: 30_000,
    headersTimeoutMs: 10_000,
    ...(publicOrigin !== undefined ? { publicOrigin: originFrom(publicOrigin) } : {}),
    ...(nonEmpty(env.IDLE_SECONDS) !== undefined
      ? { idleSeconds: positiveIntFrom('IDLE_SECONDS', env.IDLE_SECONDS, 90) }
      : {}),
    logger: !OFF.has((nonEmpty(env.LOGGER) ?? 'on').toLowerCase()) && env.LOGGER?.trim() !== '0',
  }
}

/** The shortest staff PIN accepted: a million combinations behind the login's guess limits. */
export const MIN_STAFF_PIN_DIGITS = 6

/** Throws unless `pin` is digits only, at least {@link MIN_STAFF_PIN_DIGITS} and at most 64 of them. */
export function checkStaffPin(pin: string, source: string): void {
  if (!new RegExp(`^\\d{${MIN_STAFF_PIN_DIGITS},64}$`).test(pin)) {
    throw new Error(
      `${source} must be ${MIN_STAFF_PIN_DIGITS} to 64 digits (a shorter PIN is too easy to guess)`,
    )
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed === undefined || trimmed === '' ? undefined : trimmed
}

function portFrom(name: string, value: string | undefined, fallback: number): number {
  const text = nonEmpty(value)
  if (text === undefined) return fallback
  const port = Number(text)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number from 0 to 65535, got "${text}"`)
  }
  return port
}

function positiveIntFrom(name: string, value: string | undefined, fallback: number): number {
  const text = nonEmpty(value)
  if (text === undefined) return fallback
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number above 0, got "${text}"`)
  return n
}

function originFrom(text: string): string {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new Error(`PUBLIC_ORIGIN must be an absolute URL such as https://digidel.example, got "${text}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`PUBLIC_ORIGIN must start with http:// or https://, got "${text}"`)
  }
  return url.origin
}
