import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import rateLimit from '@fastify/rate-limit'
import Fastify from 'fastify'
import type { FastifyInstance, FastifyServerFactory } from 'fastify'
import { loadCatalog, type Catalog } from './catalog'
import { loadErrandContext } from './errand-context'
import { createErrandService } from './errands/errand-service'
import { loadErrandChecks } from './errands/load-checks'
import { AUTHORED_CLIPS_DIR, createClipMaker } from './errands/narration-clips'
import { narrationRoutes } from './routes/narration'
import { createStationRelay } from './live/station-relay'
import { errandRoutes } from './routes/errands'
import { checkStaffPin, configFromEnv } from './config'
import type { ServerConfig } from './config'
import { openConfiguredDatabase, startEventWriter } from './db/connect'
import { createEventStore } from './db/event-store'
import type { EventStore } from './db/event-store'
import { migrateToLatest } from './db/migrations'
import { DATABASE_FILE } from './db/open'
import { makeFilesPrivate, preparePrivateDir, preparePrivateFile } from './data-dir'
import type { AppDeps } from './deps'
import { installErrorHandler } from './errors'
import { refuseForeignWrites } from './origin-check'
import { createServerPair } from './http-servers'
import { purgeExpiredEvents, schedulePurge } from './retention'
import { eventRoutes } from './routes/events'
import { liveLinkPlugin } from './live/live-plugin'
import { healthRoutes } from './routes/health'
import { staffLoginRoutes } from './routes/staff-login'
import { staffReadRoutes } from './routes/staff'
import { wishRoutes } from './routes/wishes'
import { addSecurityHeaders } from './security-headers'
import { createStaffAuth, type GlobalLockout } from './staff-auth'
import { loadOrCreateStaffPin, staffPinFile } from './staff-pin'
import { OneLinePerRequest } from './request-log'
import { registerSite } from './sites'
import { serveApp } from './static-files'
import { loadOrCreateTls } from './tls'

/** A started server. */
export interface RunningServer {
  /** e.g. `http://127.0.0.1:8080` (no trailing slash). */
  httpUrl: string
  /** e.g. `https://127.0.0.1:8443`, or null when HTTPS is off. */
  httpsUrl: string | null
  /** The staff PIN in force. */
  staffPin: string
  /** The file holding a generated PIN, or null when it came from `STAFF_PIN`. */
  staffPinFile: string | null
  /** The configuration in force, with the ports actually bound. */
  config: ServerConfig
  app: FastifyInstance
  /** Stops both servers, the purge timer and the database. */
  close(): Promise<void>
}

/**
 * The one place where features are added: append `await app.register(plugin, deps)`. Each feature is a Fastify
 * plugin that gets {@link AppDeps} (the Kysely database, the staff auth, the configuration) as its options.
 * WebSocket routes (e.g. the live link, which registers @fastify/websocket itself) work on HTTP and HTTPS alike.
 */
async function registerFeatures(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(healthRoutes, deps)
  await app.register(eventRoutes, deps)
  await app.register(staffLoginRoutes, deps)
  await app.register(staffReadRoutes, deps)
  await app.register(errandRoutes, deps)
  await app.register(wishRoutes, deps)
  await app.register(narrationRoutes, deps)
  await app.register(liveLinkPlugin, deps)
}

/** Builds the Fastify instance (not listening) around ready dependencies; `serverFactory` as in Fastify's options. */
export async function buildApp(
  deps: AppDeps,
  serverFactory?: FastifyServerFactory,
  logStream?: ServerOptions['logStream'],
): Promise<FastifyInstance> {
  const app = Fastify({
    // Requests are logged by method and URL only: no remote address, no user agent, no headers.
    logger:
      deps.config.logger || logStream !== undefined
        ? {
            serializers: {
              req: (request: { method: string; url: string }) => ({
                method: request.method,
                url: request.url,
              }),
            },
            ...(logStream !== undefined ? { stream: logStream } : {}),
          }
        : false,
    logController: new OneLinePerRequest(),
    forceCloseConnections: true,
    ...(serverFactory !== undefined ? { serverFactory } : {}),
  })
  installErrorHandler(app)
  addSecurityHeaders(app)
  refuseForeignWrites(app, deps.config.publicOrigin)
  // In-memory per-client counters; each route opts in with `config.rateLimit`.
  await app.register(rateLimit, { global: false })
  await registerFeatures(app, deps)
  const served = await serveApp(app, deps.config.staticDir)
  if (!served) app.log.warn({ staticDir: deps.config.staticDir }, 'no built app found: serving the API only')
  return app
}

/** What a server may be given besides its configuration. */
export interface ServerOptions {
  /** The built-in ids ingest accepts (published errands add theirs). @default the scenes and tasks in `scenes/` */
  catalog?: Catalog
  /** Where log lines go (one JSON object each), even with `logger` off. @default standard output */
  logStream?: NodeJS.WritableStream
}

/** Starts the server: configuration from the environment with `overrides` on top. */
export async function startServer(
  overrides: Partial<ServerConfig> = {},
  options: ServerOptions = {},
): Promise<RunningServer> {
  const config: ServerConfig = { ...configFromEnv(), ...overrides }
  const builtIn = options.catalog ?? (await loadCatalog(config.staticDir))
  const errandContext = await loadErrandContext(config.staticDir)
  await preparePrivateDir(config.dataDir)

  const pin =
    config.staffPin !== undefined
      ? { pin: config.staffPin, created: false, file: null }
      : { ...(await loadOrCreateStaffPin(config.dataDir)), file: staffPinFile(config.dataDir) }
  checkStaffPin(pin.pin, pin.file === null ? 'STAFF_PIN' : `The PIN in ${pin.file}`)
  const tls = config.httpsPort === null ? null : await loadOrCreateTls(config)

  if (config.databaseUrl === undefined) {
    const databaseFile = join(config.dataDir, DATABASE_FILE)
    await preparePrivateFile(databaseFile)
    await makeFilesPrivate([`${databaseFile}-wal`, `${databaseFile}-shm`])
  }
  let app: FastifyInstance | null = null
  let events: EventStore | null = null
  const opened = openConfiguredDatabase(config, (error) =>
    app?.log.error({ err: error }, 'database connection lost'),
  )
  const { db, kind } = opened
  try {
    await migrateToLatest(db)
    await registerSite(db, kind, { id: config.siteId, name: config.siteName })
    const log = {
      warn: (details: object, message: string) => app?.log.warn(details, message),
      info: (details: object, message: string) => app?.log.info(details, message),
    }
    const clips = createClipMaker({
      dir: join(config.dataDir, AUTHORED_CLIPS_DIR),
      staticDir: config.staticDir,
      log,
    })
    const errands = createErrandService({
      db,
      checks: await loadErrandChecks(),
      context: errandContext,
      builtIn,
      log,
      // In the background: stations show the errand at once, its clips follow within seconds.
      onPublished: (published) => void clips.make(published),
    })
    // The published errands' ids join the catalog before the first event can arrive.
    await errands.published()
    events = createEventStore(startEventWriter(opened), config.siteId)
    const eventStore = events
    let onLockout: (lockout: GlobalLockout) => void = () => {}
    const staffAuth = createStaffAuth({
      pin: pin.pin,
      tokenTtlMs: config.staffTokenTtlMs,
      onLockout: (lockout) => onLockout(lockout),
    })
    const servers = createServerPair(tls, config)
    app = await buildApp(
      {
        config,
        db,
        staffAuth,
        catalog: errands.catalog,
        events: eventStore,
        errands,
        stations: createStationRelay(),
        clips,
      },
      (handler) => servers.factory(handler),
      options.logStream,
    )
    const started = app
    onLockout = (lockout) =>
      started.log.warn(lockout, 'staff login locked: too many wrong PINs from all addresses together')

    const purged = await purgeExpiredEvents(db, config.retentionDays)
    const stopPurge = schedulePurge(
      db,
      config.retentionDays,
      (error) => started.log.error({ err: error }, 'retention purge failed'),
      (deleted) => started.log.info({ deleted }, 'retention purge'),
    )
    app.addHook('onClose', async () => {
      stopPurge()
      await servers.closeHttps()
      await eventStore.close()
      await db.destroy()
    })

    await app.listen({ port: config.port, host: config.host })
    const port = (app.server.address() as AddressInfo).port
    const httpsPort =
      config.httpsPort === null ? null : await servers.listenHttps(config.httpsPort, config.host)

    app.log.info(
      {
        purged,
        httpsPort,
        database: kind,
        site: config.siteId,
        tls: tls?.source ?? 'off',
        staffPin: pin.file === null ? 'STAFF_PIN from the environment' : pin.file,
      },
      pin.created ? 'started; a new staff PIN was written to its file' : 'started',
    )
    // Messages that name an address (e.g. "log in at https://…") need the ports actually bound.
    Object.assign(config, { port, httpsPort })
    const host = urlHost(config.host)
    return {
      httpUrl: `http://${host}:${port}`,
      httpsUrl: httpsPort === null ? null : `https://${host}:${httpsPort}`,
      staffPin: pin.pin,
      staffPinFile: pin.file,
      config,
      app: started,
      close: () => started.close(),
    }
  } catch (error) {
    if (app !== null) await app.close().catch(() => {})
    else {
      await events?.close().catch(() => {})
      await db.destroy().catch(() => {})
    }
    throw error
  }
}

/** The host for a URL to this server: loopback for a wildcard address, IPv6 in brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1'
  return host.includes(':') ? `[${host}]` : host
}
