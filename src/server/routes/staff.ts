import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { eventsCsv } from '../csv'
import { parseDateRange } from '../date-range'
import type { DateRange } from '../date-range'
import type { AppDeps } from '../deps'
import { apiError } from '../errors'
import { listSessions, sessionEvents } from '../sessions'
import { bearerToken } from '../staff-auth'
import { refuseInsecureStaff } from '../staff-transport'
import { computeStats } from '../stats'
import { exportXapi } from '../xapi'

const sessionIdParam = z.object({ id: z.uuid() })

/**
 * The staff read API. Every route needs `Authorization: Bearer <token>` from `POST /api/staff/login` (401
 * without a valid one) and takes optional `?from=&to=` (400 when they are not ISO dates):
 *
 * - `GET /api/stats` → {@link computeStats}
 * - `GET /api/sessions` → `{ sessions }`, newest first
 * - `GET /api/sessions/:id/events` → `{ events }` in order; 400 for an id that is not a UUID, 404 for no events
 * - `GET /api/export.csv` → `text/csv`, one row per event
 * - `GET /api/export/xapi` → `{ statements }`, xAPI 1.0.3
 */
export const staffReadRoutes: FastifyPluginAsync<AppDeps> = async (app, { db, staffAuth, config }) => {
  app.addHook('onRequest', refuseInsecureStaff(config, staffAuth))
  app.addHook('onRequest', async (request, reply) => {
    if (!staffAuth.verify(bearerToken(request.headers.authorization))) {
      return reply
        .status(401)
        .header('www-authenticate', 'Bearer')
        .send(apiError(401, 'a valid staff token is required: log in with POST /api/staff/login'))
    }
  })

  app.get('/api/stats', async (request, reply) => {
    const range = rangeOrReply(request, reply)
    return range === null ? reply : computeStats(db, range)
  })

  app.get('/api/sessions', async (request, reply) => {
    const range = rangeOrReply(request, reply)
    return range === null ? reply : { sessions: await listSessions(db, range) }
  })

  app.get('/api/sessions/:id/events', async (request, reply) => {
    const params = sessionIdParam.safeParse(request.params)
    if (!params.success) return reply.status(400).send(apiError(400, 'id: expected a session UUID'))
    const events = await sessionEvents(db, params.data.id)
    if (events.length === 0) return reply.status(404).send(apiError(404, 'no events for this session'))
    return { events }
  })

  app.get('/api/export.csv', async (request, reply) => {
    const range = rangeOrReply(request, reply)
    if (range === null) return reply
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="digidel-events.csv"')
      .send(await eventsCsv(db, range))
  })

  app.get('/api/export/xapi', async (request, reply) => {
    const range = rangeOrReply(request, reply)
    return range === null
      ? reply
      : { statements: await exportXapi(db, range, config.publicOrigin ?? originOf(request)) }
  })
}

function rangeOrReply(request: FastifyRequest, reply: FastifyReply): DateRange | null {
  const parsed = parseDateRange(request.query)
  if ('error' in parsed) {
    void reply.status(400).send(apiError(400, parsed.error))
    return null
  }
  return parsed.range
}

/** The origin the client used, e.g. `https://192.168.1.20:8443`; a Host header that is not one falls back. */
function originOf(request: FastifyRequest): string {
  try {
    const url = new URL(`${request.protocol}://${request.host}`)
    return url.origin === 'null' ? 'http://localhost' : url.origin
  } catch {
    return 'http://localhost'
  }
}
