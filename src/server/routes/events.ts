import type {} from '@fastify/rate-limit'
import type { FastifyPluginAsync } from 'fastify'
import type { IngestResponse } from '../../telemetry/event-schema'
import type { AppDeps } from '../deps'
import { createDiskGuard } from '../disk-space'
import { apiError } from '../errors'
import { createEventBudget } from '../event-budget'
import { acceptJsonBodies } from '../json-body'
import { batchShapeError, checkEvents } from '../ingest'
import { createLogThrottle } from '../log-throttle'

/** Largest accepted body: a full batch of 500 events is about 250 KiB. */
export const EVENTS_BODY_LIMIT = 1024 * 1024

const MIB = 1024 * 1024

/**
 * `POST /api/events`, body `{ events: [...] }` with 1 to 500 events, as `application/json` or `text/plain`
 * (what `navigator.sendBeacon` sends for a string, and a keepalive `fetch` may send without a preflight).
 *
 * - 200 `IngestResponse`: processed, and at least one event was valid (stored now, already stored, or a
 *   preview's: marked `preview: true`, taken and never stored, so a preview never counts anywhere);
 * - 422 `IngestResponse`: every event was invalid;
 * - 400 `{ error, message }`: not JSON, or not an object with an `events` array of 1 to 500 items;
 * - 413 body over 1 MiB; 415 another content type;
 * - 429 (with `Retry-After`) over the per-client request limit, the address's events per minute or the
 *   day's events: nothing of the batch is stored, and the client sends it again later;
 * - 507 the data folder's disk is nearly full: nothing is stored, and the log says so.
 */
export const eventRoutes: FastifyPluginAsync<AppDeps> = async (app, { events: store, config, catalog }) => {
  const budget = createEventBudget({
    perAddressPerMinute: config.eventsPerMinute,
    perDay: config.eventsPerDay,
  })
  const disk = createDiskGuard({ dir: config.dataDir, minFreeBytes: config.minFreeDiskMb * MIB })
  const throttle = createLogThrottle()
  // Content-type parsers are scoped to this plugin: only ingest reads text/plain as JSON.
  acceptJsonBodies(app, EVENTS_BODY_LIMIT)

  app.post(
    '/api/events',
    {
      bodyLimit: EVENTS_BODY_LIMIT,
      config: { rateLimit: { max: config.rateLimitPerMinute, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const body: unknown = request.body
      const shapeError = batchShapeError(body)
      if (shapeError !== null) return reply.status(400).send(apiError(400, shapeError))
      const { events } = body as { events: unknown[] }

      const room = await disk.check()
      if (!room.ok) {
        const held = throttle('disk')
        if (held !== null) {
          request.log.error(
            {
              freeMb: Math.floor(room.freeBytes / MIB),
              minFreeMb: config.minFreeDiskMb,
              refusedBefore: held,
            },
            'the data disk is nearly full: new events are refused',
          )
        }
        return reply
          .status(507)
          .send(apiError(507, 'the server is out of storage space: the events were not stored'))
      }

      // The address is held for one minute, in memory only, to share the budget fairly.
      const verdict = budget.take(request.ip, events.length)
      if (!verdict.ok) {
        const held = throttle(verdict.limit)
        if (held !== null) {
          request.log.warn(
            { limit: verdict.limit, refusedBefore: held },
            verdict.limit === 'daily'
              ? "the day's event limit is reached"
              : 'an address sent too many events',
          )
        }
        return reply
          .status(429)
          .header('retry-after', String(verdict.retryAfterSeconds))
          .send(
            apiError(
              429,
              verdict.limit === 'daily'
                ? `the server takes at most ${config.eventsPerDay} events a day: try again later`
                : `at most ${config.eventsPerMinute} events a minute from one address: try again in ${verdict.retryAfterSeconds} s`,
            ),
          )
      }

      const { valid, preview, rejected } = checkEvents(events, {
        catalog,
        retentionDays: config.retentionDays,
      })
      const { accepted, duplicates } =
        valid.length > 0 ? await store.store(valid) : { accepted: 0, duplicates: 0 }
      const answer: IngestResponse = { accepted: accepted + preview, duplicates, rejected }
      return reply.status(valid.length + preview > 0 ? 200 : 422).send(answer)
    },
  )
}
