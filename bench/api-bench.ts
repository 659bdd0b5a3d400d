// `npm run bench:api`: how fast the telemetry API stores events, in one run of about a minute and a half, on
// SQLite, or on PostgreSQL when DATABASE_URL is set (`npm run bench:api:pg` makes a throwaway server with fsync on).
//   1. in-process inserts, same schema and migrations, batches of 100: through the server's own store, and
//      through a bare driver call for reference;
//   2. HTTP ingest of 100-event batches over loopback with autocannon (every event unique), as fast as it goes;
//   3. p50 / p99 latency of those requests at a fixed 500 requests/s (and at a light 50 requests/s);
//   4. a city's profile: 50 branches × 10 stations, each flushing every 5 s, is about 100 requests/s of 10 events;
//      each station has its own connection, and latency counts from when the request was due (see city-load.ts).
//      The same city against a no-op HTTP server gives the floor this machine sets (its other load included).
// The server runs in a child process with request logging on, as `npm start` runs it, so the load generator does
// not share its event loop. On PostgreSQL every part gets a scratch database of its own, dropped at the end.

import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import { startServer } from '../src/server/app'
import { openConfiguredDatabase, startEventWriter } from '../src/server/db/connect'
import { migrateToLatest } from '../src/server/db/migrations'
import { DATABASE_FILE } from '../src/server/db/open'
import type { DatabaseKind, Db } from '../src/server/db/schema'
import { createScratchDatabase } from '../tests/support/postgres'
import { cityLoad } from './city-load'
import type { CityProfile, CityResult } from './city-load'
import { ingestLoad } from './load'
import type { LoadProfile, LoadResult } from './load'
import { bareSqlite, barePostgres, storeRate } from './raw-inserts'

const BATCH = 100
const RAW_SECONDS = 3
const THROUGHPUT: LoadProfile = { batch: BATCH, connections: 10, seconds: 10 }
const FIXED: LoadProfile = { batch: BATCH, connections: 50, seconds: 10, rate: 500 }
/** A rate well inside capacity, for the latency a visitor's headset sees on a normal day. */
const LIGHT: LoadProfile = { batch: BATCH, connections: 10, seconds: 10, rate: 50 }
/** 50 branches × 10 stations, each flushing 10 events every 5 s: 100 requests/s. */
const CITY: CityProfile = { stations: 500, flushSeconds: 5, batch: 10, seconds: 20 }
const CITY_RATE = CITY.stations / CITY.flushSeconds
/** What the bench's server prints before its URL. */
const LISTENING = 'bench server listening at '
/** The ingest p99 the city profile must stay under. */
const CITY_P99_TARGET_MS = 25

/** Where one part of the bench keeps its events: a SQLite file, or a scratch PostgreSQL database. */
interface BenchDatabase {
  /** For the server: its data folder, and `databaseUrl` on PostgreSQL. */
  dataDir: string
  databaseUrl?: string
  kind: DatabaseKind
  sqliteFile: string | null
  open(): Db
  drop(): Promise<void>
}

async function benchDatabase(
  dir: string,
  name: string,
  serverUrl: string | undefined,
): Promise<BenchDatabase> {
  const dataDir = join(dir, name)
  await mkdir(dataDir, { recursive: true })
  if (serverUrl === undefined) {
    return {
      dataDir,
      kind: 'sqlite',
      sqliteFile: join(dataDir, DATABASE_FILE),
      open: () => openConfiguredDatabase({ dataDir }).db,
      drop: async () => {},
    }
  }
  const scratch = await createScratchDatabase(serverUrl)
  return {
    dataDir,
    databaseUrl: scratch.url,
    kind: 'postgres',
    sqliteFile: null,
    open: () => openConfiguredDatabase({ dataDir, databaseUrl: scratch.url }).db,
    drop: scratch.drop,
  }
}

async function withMigrated<T>(database: BenchDatabase, use: (db: Db) => Promise<T>): Promise<T> {
  const db = database.open()
  try {
    await migrateToLatest(db)
    return await use(db)
  } finally {
    await db.destroy()
  }
}

/** Starts the real server (or, with `floor`, a no-op HTTP server) in a child process. */
async function startChildServer(
  database: BenchDatabase | 'floor',
): Promise<{ child: ChildProcess; url: string }> {
  // The URL goes in the environment, as DATABASE_URL does in production: not on a command line `ps` shows.
  const env = { ...process.env }
  if (database === 'floor' || database.databaseUrl === undefined) delete env.DATABASE_URL
  else env.DATABASE_URL = database.databaseUrl
  const mode = database === 'floor' ? ['--floor'] : ['--serve', database.dataDir]
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env,
  })
  const stdout = child.stdout
  if (stdout === null) throw new Error('no stdout from the bench server')
  // The server's own log lines come first; the URL is the line the bench's server prints once it listens. After
  // it, the request log goes on flowing, as it would to a terminal or the journal.
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)))
    createInterface({ input: stdout }).on('line', (line) => {
      if (line.startsWith(LISTENING)) resolve(line.slice(LISTENING.length).trim())
    })
  })
  return { child, url }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

function format(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
}

function latencyLine(result: LoadResult): string {
  return `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`
}

function cityLine(result: CityResult): string {
  const ms = (value: number) => format(value, 1)
  return `p50 ${ms(result.p50)} ms, p99 ${ms(result.p99)} ms, max ${ms(result.max)} ms (from when each was due)`
}

function achievedLine(result: LoadResult): string {
  return `${format(result['2xx'] / result.duration, 1)} req/s; non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`
}

async function postgresSettings(database: BenchDatabase): Promise<string> {
  return withMigrated(database, async (db) => {
    const setting = async (name: string) =>
      (await sql<{ value: string }>`select current_setting(${name}) as value`.execute(db)).rows[0]?.value
    return `PostgreSQL ${await setting('server_version')}, fsync ${await setting('fsync')}, synchronous_commit ${await setting('synchronous_commit')}`
  })
}

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL?.trim() || undefined
  const dir = await mkdtemp(join(tmpdir(), 'digidel-bench-'))
  const databases: BenchDatabase[] = []
  const database = async (name: string) => {
    const made = await benchDatabase(dir, name, serverUrl)
    databases.push(made)
    return made
  }
  const raw = await database('raw')
  const bare = await database('bare')
  const served = await database('server')
  const engine = serverUrl === undefined ? 'SQLite (WAL, synchronous = FULL)' : await postgresSettings(raw)
  console.log(
    `Digidel VR API benchmark: Node ${process.version}, ${cpus().length} CPU cores, ${engine}, batches of ${BATCH} events\n`,
  )
  let child: ChildProcess | null = null
  try {
    console.log(`1/4 in-process inserts (${RAW_SECONDS} s each)…`)
    const rawStore = await withMigrated(raw, async (db) => {
      const writer = startEventWriter({ db, kind: raw.kind, sqliteFile: raw.sqliteFile })
      try {
        return await storeRate(writer, RAW_SECONDS, BATCH)
      } finally {
        await writer.close()
      }
    })
    await withMigrated(bare, async () => {})
    const bareRun = (seconds: number, batch: number) =>
      bare.databaseUrl === undefined
        ? Promise.resolve(bareSqlite(join(bare.dataDir, DATABASE_FILE), seconds, batch))
        : barePostgres(bare.databaseUrl, seconds, batch)
    const rawBare = (await bareRun(RAW_SECONDS, BATCH)).rate
    // What one city-sized batch's commit costs on this disk: no ingest answer can come sooner and stay durable.
    const commit = await bareRun(RAW_SECONDS, CITY.batch)

    const server = await startChildServer(served)
    child = server.child
    console.log(`2/4 HTTP ingest, ${THROUGHPUT.connections} connections, ${THROUGHPUT.seconds} s…`)
    const load = await ingestLoad(server.url, THROUGHPUT)
    const httpRate = (load['2xx'] * BATCH) / load.duration
    const rowsAfterLoad = await withMigrated(served, async (db) => {
      const row = await db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst()
      return Number(row?.n ?? 0)
    })
    console.log(`3/4 latency at a fixed ${FIXED.rate} and ${LIGHT.rate} requests/s, ${FIXED.seconds} s each…`)
    const fixed = await ingestLoad(server.url, FIXED)
    const light = await ingestLoad(server.url, LIGHT)
    console.log(
      `4/4 city profile: ${CITY.stations} stations on their own connections, each flushing ${CITY.batch} events every ${CITY.flushSeconds} s, ${CITY.seconds} s…\n`,
    )
    const city = await cityLoad(server.url, CITY)
    await stopChild(server.child)
    child = null
    const floorServer = await startChildServer('floor')
    child = floorServer.child
    const floor = await cityLoad(floorServer.url, CITY)

    const driver =
      serverUrl === undefined ? 'bare better-sqlite3 prepared statement' : 'bare pg multi-row INSERT'
    const rows: [string, string][] = [
      ['in-process, server store (its writer, 1 INSERT per batch)', `${format(rawStore)} events/s`],
      [`in-process, ${driver} (reference)`, `${format(rawBare)} events/s`],
      [
        `HTTP ingest, POST /api/events, ${THROUGHPUT.connections} connections`,
        `${format(httpRate)} events/s (${format(load['2xx'] / load.duration, 1)} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms)`,
      ],
      [
        '  stored rows (incl. requests in flight at the end) / 2xx × 100',
        `${format(rowsAfterLoad)} / ${format(load['2xx'] * BATCH)}`,
      ],
      ['  non-2xx, errors, timeouts', `${load.non2xx}, ${load.errors}, ${load.timeouts}`],
      [
        `latency at ${FIXED.rate} req/s (${format((FIXED.rate ?? 0) * BATCH)} events/s offered)`,
        latencyLine(fixed),
      ],
      ['  achieved', achievedLine(fixed)],
      [
        `latency at ${LIGHT.rate} req/s (${format((LIGHT.rate ?? 0) * BATCH)} events/s offered)`,
        latencyLine(light),
      ],
      ['  achieved', achievedLine(light)],
      [
        `city: ${CITY_RATE} req/s of ${CITY.batch} events (${format(CITY_RATE * CITY.batch)} events/s offered)`,
        cityLine(city),
      ],
      [
        '  achieved',
        `${format(city.rate, 1)} req/s; ${city.ok} of ${city.requests} answered 200, ${city.failed} failed ${JSON.stringify(city.failures)}`,
      ],
      ["  the same city against a no-op HTTP server (this machine's floor)", cityLine(floor)],
      [
        `  one ${CITY.batch}-event commit, bare driver (the disk's floor)`,
        `p50 ${format(commit.commitP50, 1)} ms, p99 ${format(commit.commitP99, 1)} ms`,
      ],
      ['ratio HTTP / in-process (server store)', format(httpRate / rawStore, 2)],
      ['ratio city p99 / floor p99', format(city.p99 / Math.max(floor.p99, 0.1), 2)],
      ['ratio city p99 / commit p99', format(city.p99 / Math.max(commit.commitP99, 0.1), 2)],
      [
        `ratio city p99 / ${CITY_P99_TARGET_MS} ms target (under 1 is met)`,
        format(city.p99 / CITY_P99_TARGET_MS, 2),
      ],
    ]
    const width = Math.max(...rows.map(([label]) => label.length))
    console.log(`${'measure'.padEnd(width)} | result`)
    console.log(`${'-'.repeat(width)}-|-${'-'.repeat(40)}`)
    for (const [label, value] of rows) console.log(`${label.padEnd(width)} | ${value}`)
  } finally {
    if (child !== null) await stopChild(child)
    for (const made of databases) await made.drop()
    await rm(dir, { recursive: true, force: true })
  }
}

/** The bench's server: settings from the environment (DATABASE_URL, LOGGER) as `npm start` reads them. */
async function serve(dataDir: string): Promise<void> {
  const server = await startServer({
    port: 0,
    httpsPort: null,
    host: '127.0.0.1',
    dataDir,
    staticDir: null,
    staffPin: '24681357',
    rateLimitPerMinute: 10_000_000,
    eventsPerMinute: 1_000_000_000,
    eventsPerDay: 1_000_000_000,
    siteId: 'bench',
    siteName: 'Bench',
  })
  console.log(`${LISTENING}${server.httpUrl}`)
  const stop = () => void server.close().then(() => process.exit(0))
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

/** The floor: an HTTP server that reads each body and answers at once, storing nothing. */
function serveFloor(): void {
  const answer = JSON.stringify({ accepted: CITY.batch, duplicates: 0, rejected: [] })
  const server = createServer((request, response) => {
    request.resume()
    request.on('end', () => response.setHeader('content-type', 'application/json').end(answer))
  })
  server.listen(0, '127.0.0.1', () => {
    console.log(`${LISTENING}http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  })
  process.on('SIGTERM', () => process.exit(0))
}

if (process.argv[2] === '--floor') {
  serveFloor()
} else if (process.argv[2] === '--serve') {
  await serve(process.argv[3] ?? join(tmpdir(), 'digidel-bench-server'))
} else {
  await main()
}
