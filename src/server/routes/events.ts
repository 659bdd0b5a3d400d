import type {} from '@fastify/rate-limit'
import type { FastifyPluginAsync } from 'fastify'
import type { IngestResponse } from '../../telemetry/event-schema'
import type { AppDeps } from '../deps'
import { apiError } from '../errors'
import { acceptJsonBodies } from '../json-body'
import { batchShapeError, checkEvents } from '../ingest'

/** Largest accepted body: a full batch of 500 events is about 250 KiB. */
export const EVENTS_BODY_LIMIT = 1024 * 1024

/**
 * `POST /api/events`, body `{ events: [...] }` with 1 to 500 events, as `application/json` or `text/plain`
 * (what `navigator.sendBeacon` sends for a string, and a keepalive `fetch` may send without a preflight).
 *
 * - 200 `IngestResponse`: processed, and at least one event was valid (stored now or already stored);
 * - 422 `IngestResponse`: every event was invalid;
 * - 400 `{ error, message }`: not JSON, or not an object with an `events` array of 1 to 500 items;
 * - 413 body over 1 MiB; 415 another content type; 429 over the per-client rate limit.
 */
export const eventRoutes: FastifyPluginAsync<AppDeps> = async (app, { events: eventStore, config }) => {
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
      const { valid, rejected } = checkEvents(events)
      const { accepted, duplicates } = await eventStore.store(valid)
      const answer: IngestResponse = { accepted, duplicates, rejected }
      return reply.status(valid.length > 0 ? 200 : 422).send(answer)
    },
  )
}
