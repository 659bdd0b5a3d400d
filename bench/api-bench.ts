// `npm run bench:api`: how fast the telemetry API stores events, in one run of about a minute.
//   1. raw in-process SQLite inserts, same schema and migrations, batches of 100 (through the server's own
//      Kysely store, and through a bare better-sqlite3 prepared statement for reference);
//   2. HTTP ingest of 100-event batches over loopback with autocannon (every event unique);
//   3. p50 / p99 latency of those requests at a fixed 500 requests/s (and at a light 50 requests/s).
// The server runs in a child process, so the load generator does not share its event loop.

import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import SQLite from 'better-sqlite3'
import { startServer } from '../src/server/app'
import { migrateToLatest } from '../src/server/db/migrations'
import { eventToRow } from '../src/server/db/event-rows'
import { DATABASE_FILE, openDatabase } from '../src/server/db/open'
import { createEventStore } from '../src/server/ingest'
import { telemetryEventSchema } from '../src/telemetry/event-schema'
import type { TelemetryEvent, TelemetryEventInput } from '../src/telemetry/event-schema'

const BATCH = 100
const RAW_SECONDS = 3
const HTTP_SECONDS = 10
const LATENCY_SECONDS = 10
const FIXED_RATE = 500
/** A rate well inside capacity, for the latency a visitor's headset sees on a normal day. */
const LIGHT_RATE = 50

// autocannon ships no types: this is the part of its API the bench uses.
interface AutocannonRequest {
  method?: string
  path?: string
  headers?: Record<string, string>
  body?: string
}
interface AutocannonOptions {
  url: string
  connections: number
  duration: number
  overallRate?: number
  requests: {
    method: string
    path: string
    headers: Record<string, string>
    setupRequest(request: AutocannonRequest): AutocannonRequest
  }[]
}
interface Histogram {
  average: number
  p50: number
  p99: number
  max: number
  total: number
}
interface AutocannonResult {
  requests: Histogram & { sent: number }
  latency: Histogram
  duration: number
  errors: number
  timeouts: number
  non2xx: number
  '2xx': number
}
const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: AutocannonOptions,
) => Promise<AutocannonResult>

// ---------------------------------------------------------------------------------------------------------------
// Events: unique ids from a per-run prefix and a counter; a realistic mix of types.

const runPrefix = randomBytes(4).toString('hex')
let counter = 0
function nextId(): string {
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

function batchInputs(): TelemetryEventInput[] {
  const sessionId = nextId()
  return Array.from({ length: BATCH }, (_, i) => eventInput(i, sessionId))
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Raw in-process inserts.

async function rawKyselyRate(dir: string): Promise<number> {
  const db = openDatabase(join(dir, 'raw-kysely.sqlite'))
  await migrateToLatest(db)
  const store = createEventStore(db)
  const batches: TelemetryEvent[][] = Array.from({ length: 400 }, () =>
    batchInputs().map((e) => telemetryEventSchema.parse(e)),
  )
  let stored = 0
  const started = performance.now()
  for (let i = 0; performance.now() - started < RAW_SECONDS * 1000; i += 1) {
    const batch = batches[i % batches.length] ?? []
    if (i >= batches.length) for (const event of batch) event.id = nextId()
    stored += (await store.store(batch)).accepted
  }
  const seconds = (performance.now() - started) / 1000
  await db.destroy()
  return stored / seconds
}

async function rawPreparedRate(dir: string): Promise<number> {
  // The same migrated schema, written without Kysely: the floor under everything else.
  const file = join(dir, 'raw-prepared.sqlite')
  const migrated = openDatabase(file)
  await migrateToLatest(migrated)
  await migrated.destroy()
  const sqlite = new SQLite(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  const insert = sqlite.prepare(
    `insert into events (id, session_id, ts, type, scene, task, step, step_index, duration_ms, mode, locale,
       app_version, source, payload, received_at, seq) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (id) do nothing`,
  )
  const insertBatch = sqlite.transaction((events: readonly TelemetryEvent[]) => {
    const receivedAt = new Date().toISOString()
    let changes = 0
    for (const event of events) {
      const r = eventToRow(event, receivedAt, Date.now() * 1000)
      const values = [r.id, r.session_id, r.ts, r.type, r.scene, r.task, r.step, r.step_index, r.duration_ms]
      changes += insert.run(
        ...values,
        r.mode,
        r.locale,
        r.app_version,
        r.source,
        r.payload,
        r.received_at,
        r.seq,
      ).changes
    }
    return changes
  })
  let stored = 0
  const started = performance.now()
  while (performance.now() - started < RAW_SECONDS * 1000) {
    stored += insertBatch(batchInputs().map((e) => telemetryEventSchema.parse(e)))
  }
  const seconds = (performance.now() - started) / 1000
  sqlite.close()
  return stored / seconds
}

// ---------------------------------------------------------------------------------------------------------------
// 2 and 3. HTTP, against a server in a child process.

async function startChildServer(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const stdout = child.stdout
  if (stdout === null) throw new Error('no stdout from the bench server')
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)))
    createInterface({ input: stdout }).once('line', (line) => resolve(line.trim()))
  })
  return { child, url }
}

function ingestLoad(
  url: string,
  seconds: number,
  connections: number,
  overallRate?: number,
): Promise<AutocannonResult> {
  return autocannon({
    url,
    connections,
    duration: seconds,
    ...(overallRate !== undefined ? { overallRate } : {}),
    requests: [
      {
        method: 'POST',
        path: '/api/events',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify({ events: batchInputs() }) }),
      },
    ],
  })
}

async function storedRows(dir: string): Promise<number> {
  const sqlite = new SQLite(join(dir, DATABASE_FILE), { readonly: true })
  const row = sqlite.prepare('select count(*) as n from events').get() as { n: number }
  sqlite.close()
  return row.n
}

// ---------------------------------------------------------------------------------------------------------------

function format(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'digidel-bench-'))
  console.log(
    `Digidel VR API benchmark: Node ${process.version}, ${cpus().length} CPU cores, batches of ${BATCH} events\n`,
  )
  let child: ChildProcess | null = null
  try {
    console.log(`1/3 raw SQLite inserts (${RAW_SECONDS} s each)…`)
    const rawKysely = await rawKyselyRate(dir)
    const rawPrepared = await rawPreparedRate(dir)

    const server = await startChildServer(join(dir, 'server'))
    child = server.child
    console.log(`2/3 HTTP ingest, 10 connections, ${HTTP_SECONDS} s…`)
    const load = await ingestLoad(server.url, HTTP_SECONDS, 10)
    const httpRate = (load['2xx'] * BATCH) / load.duration
    const rowsAfterLoad = await storedRows(join(dir, 'server'))
    console.log(
      `3/3 latency at a fixed ${FIXED_RATE} and ${LIGHT_RATE} requests/s, ${LATENCY_SECONDS} s each…\n`,
    )
    const fixed = await ingestLoad(server.url, LATENCY_SECONDS, 50, FIXED_RATE)
    const light = await ingestLoad(server.url, LATENCY_SECONDS, 10, LIGHT_RATE)

    const rows: [string, string][] = [
      ['raw SQLite, server store (Kysely, 1 transaction per batch)', `${format(rawKysely)} events/s`],
      ['raw SQLite, bare prepared statement (reference)', `${format(rawPrepared)} events/s`],
      [
        'HTTP ingest, POST /api/events, 10 connections',
        `${format(httpRate)} events/s (${format(load['2xx'] / load.duration, 1)} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms)`,
      ],
      [
        '  stored rows (incl. requests in flight at the end) / 2xx × 100',
        `${format(rowsAfterLoad)} / ${format(load['2xx'] * BATCH)}`,
      ],
      ['  non-2xx, errors, timeouts', `${load.non2xx}, ${load.errors}, ${load.timeouts}`],
      [
        `latency at ${FIXED_RATE} req/s (${format(FIXED_RATE * BATCH)} events/s offered)`,
        `p50 ${fixed.latency.p50} ms, p99 ${fixed.latency.p99} ms, max ${fixed.latency.max} ms`,
      ],
      [
        '  achieved',
        `${format(fixed['2xx'] / fixed.duration, 1)} req/s; non-2xx ${fixed.non2xx}, errors ${fixed.errors}, timeouts ${fixed.timeouts}`,
      ],
      [
        `latency at ${LIGHT_RATE} req/s (${format(LIGHT_RATE * BATCH)} events/s offered)`,
        `p50 ${light.latency.p50} ms, p99 ${light.latency.p99} ms, max ${light.latency.max} ms`,
      ],
      [
        '  achieved',
        `${format(light['2xx'] / light.duration, 1)} req/s; non-2xx ${light.non2xx}, errors ${light.errors}, timeouts ${light.timeouts}`,
      ],
      ['ratio HTTP / raw (server store)', `${format(httpRate / rawKysely, 2)}`],
    ]
    const width = Math.max(...rows.map(([label]) => label.length))
    console.log(`${'measure'.padEnd(width)} | result`)
    console.log(`${'-'.repeat(width)}-|-${'-'.repeat(40)}`)
    for (const [label, value] of rows) console.log(`${label.padEnd(width)} | ${value}`)
  } finally {
    child?.kill('SIGTERM')
    await rm(dir, { recursive: true, force: true })
  }
}

async function serve(dataDir: string): Promise<void> {
  const server = await startServer({
    port: 0,
    httpsPort: null,
    host: '127.0.0.1',
    dataDir,
    staticDir: null,
    staffPin: '24681357',
    logger: false,
    rateLimitPerMinute: 10_000_000,
    eventsPerMinute: 1_000_000_000,
    eventsPerDay: 1_000_000_000,
  })
  console.log(server.httpUrl)
  const stop = () => void server.close().then(() => process.exit(0))
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

if (process.argv[2] === '--serve') {
  await serve(process.argv[3] ?? join(tmpdir(), 'digidel-bench-server'))
} else {
  await main()
}
