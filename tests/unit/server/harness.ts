import { randomUUID } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { PassThrough } from 'node:stream'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer } from '../../../src/server/app'
import type { RunningServer, ServerOptions } from '../../../src/server/app'
import { catalogFromIds } from '../../../src/server/catalog'
import type { ServerConfig } from '../../../src/server/config'
import type { EventType, PayloadOf, TelemetryEventInput } from '../../../src/telemetry/event-schema'

export const STAFF_PIN = '135790'

/** A real server on a free port with a fresh data folder, and helpers to talk to it. */
export interface TestServer {
  server: RunningServer
  dataDir: string
  url(path: string): string
  /** POSTs a value as JSON. */
  postJson(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>
  /** POSTs `{ events }`. */
  postEvents(events: readonly unknown[]): Promise<Response>
  /** A fresh staff token. */
  login(): Promise<string>
  /** GETs with a staff token. */
  staffGet(path: string, token: string): Promise<Response>
  /** Closes the server and removes its data folder. */
  stop(): Promise<void>
}

/**
 * Ids of made-up tasks for tests of stats and exports, which need more variety than the app's one task has.
 * Pass `{ catalog: FIXTURE_CATALOG }` to accept them; by default a test server takes the app's own ids.
 */
export const FIXTURE_CATALOG = catalogFromIds({
  scenes: ['lobby', 'bank'],
  tasks: {
    'pay-bill': {
      'open-app': [],
      'enter-amount': ['empty', 'mismatch', 'wrong-field', 'wrong-amount'],
      confirm: [],
      pay: ['wrong-button'],
    },
    'find-book': { search: ['wrong-shelf'] },
  },
})

/** Starts a server as the tests need it: HTTP on a free port, no HTTPS, no app, PIN 135790, no logs. */
export async function startTestServer(
  overrides: Partial<ServerConfig> = {},
  dataDir?: string,
  options: ServerOptions = {},
): Promise<TestServer> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'digidel-server-')))
  const server = await startServer(
    {
      port: 0,
      httpsPort: null,
      host: '127.0.0.1',
      dataDir: dir,
      staticDir: null,
      staffPin: STAFF_PIN,
      logger: false,
      ...overrides,
    },
    options,
  )
  const url = (path: string) => `${server.httpUrl}${path}`
  const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url(path), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
  const login = async () => {
    const answer = await postJson('/api/staff/login', { pin: server.staffPin })
    if (answer.status !== 200) throw new Error(`login failed: ${answer.status}`)
    const { token } = (await answer.json()) as { token: string }
    return token
  }
  return {
    server,
    dataDir: dir,
    url,
    postJson,
    postEvents: (events) => postJson('/api/events', { events }),
    login,
    staffGet: (path, token) => fetch(url(path), { headers: { authorization: `Bearer ${token}` } }),
    stop: async () => {
      await server.close()
      if (dataDir === undefined) await rm(dir, { recursive: true, force: true })
    },
  }
}

/** Envelope fields a test may set. */
export type EnvelopeOverrides = Partial<Omit<TelemetryEventInput, 'type' | 'payload'>>

/** A valid event of a type, as a client sends it. */
export function makeEvent<T extends EventType>(
  type: T,
  payload: PayloadOf<T>,
  overrides: EnvelopeOverrides = {},
): TelemetryEventInput {
  return {
    id: randomUUID(),
    sessionId: randomUUID(),
    ts: new Date().toISOString(),
    scene: 'bank',
    task: 'pay-bill',
    step: null,
    mode: 'desktop',
    locale: 'sv',
    appVersion: '0.1.0',
    ...overrides,
    type,
    payload,
  } as TelemetryEventInput
}

/** A valid `mistake` event: the smallest useful filler. */
export function mistake(overrides: EnvelopeOverrides = {}): TelemetryEventInput {
  return makeEvent('mistake', { stepIndex: 0, code: 'mismatch' }, { step: 'enter-amount', ...overrides })
}

/** A GET on /api/health answers 200 `{ ok: true, db: 'ok' }`. */
export async function healthy(test: TestServer): Promise<boolean> {
  const answer = await fetch(test.url('/api/health'))
  const body = (await answer.json()) as { ok?: boolean; db?: string }
  return answer.status === 200 && body.ok === true && body.db === 'ok'
}

/** Log lines a server writes, parsed; pass `stream` as `logStream`. */
export interface CapturedLogs {
  stream: PassThrough
  /** Every line so far, as JSON objects (`msg`, `level`, and the logged details). */
  lines(): Record<string, unknown>[]
}

export function captureLogs(): CapturedLogs {
  const stream = new PassThrough()
  let text = ''
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
  return {
    stream,
    lines: () =>
      text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  }
}

/** An answer read as text, with its status and headers. */
export interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/**
 * A request sent from a chosen local address, e.g. `127.0.0.7`: on Linux every address in 127.0.0.0/8 reaches
 * the loopback interface, so one machine can play many clients.
 */
export function requestFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: init.method ?? 'GET', headers: init.headers, localAddress })
    request.on('response', (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
    })
    request.on('error', reject)
    request.end(init.body)
  })
}
