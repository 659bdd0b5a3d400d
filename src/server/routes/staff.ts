import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { eventsCsv } from '../csv'
import { csvLocaleOrReply, taskTitleIn } from '../csv-titles'
import type { AppDeps } from '../deps'
import { apiError } from '../errors'
import { listSessions, sessionEvents } from '../sessions'
import { listSites } from '../sites'
import { requireStaff } from '../staff-transport'
import { computeStats } from '../stats'
import { filterOrReply } from './filter-query'
import { addStatsDownloads } from './stats-report'
import { exportXapi } from '../xapi'

const sessionIdParam = z.object({ id: z.uuid() })

/**
 * The staff read API. Every route needs `Authorization: Bearer <token>` from `POST /api/staff/login` (401
 * without a valid one) and takes optional `?from=&to=&site=` (400 when they are not ISO dates or a site id):
 *
 * - `GET /api/sites` → `{ sites, current }`: every site that has written here, and this server's
 * - `GET /api/stats` (and `?task=`) → {@link computeStats}
 * - `GET /api/stats/:table.csv?task=` → one of the dashboard's tables as CSV (see `stats-report.ts`)
 * - `GET /api/report?task=` → the report for the city, small numbers suppressed (see `stats-report.ts`)
 * - `GET /api/sessions` → `{ sessions }`, newest first
 * - `GET /api/sessions/:id/events` → `{ events }` in order; 400 for an id that is not a UUID, 404 for no events
 * - `GET /api/export.csv` → `text/csv`, one row per event; with `?lang=` a last column, `task_title`, names the task
 * - `GET /api/export/xapi` → `{ statements }`, xAPI 1.0.3
 */
export const staffReadRoutes: FastifyPluginAsync<AppDeps> = async (
  app,
  { db, staffAuth, config, errands },
) => {
  requireStaff(app, config, staffAuth)

  app.get('/api/sites', async () => ({ sites: await listSites(db), current: config.siteId }))

  app.get('/api/stats', async (request, reply) => {
    const filter = filterOrReply(request, reply)
    return filter === null ? reply : computeStats(db, filter)
  })

  addStatsDownloads(app, db, errands.titles)

  app.get('/api/sessions', async (request, reply) => {
    const filter = filterOrReply(request, reply)
    return filter === null ? reply : { sessions: await listSessions(db, filter) }
  })

  app.get('/api/sessions/:id/events', async (request, reply) => {
    const params = sessionIdParam.safeParse(request.params)
    if (!params.success) return reply.status(400).send(apiError(400, 'id: expected a session UUID'))
    const events = await sessionEvents(db, params.data.id)
    if (events.length === 0) return reply.status(404).send(apiError(404, 'no events for this session'))
    return { events }
  })

  app.get('/api/export.csv', async (request, reply) => {
    const filter = filterOrReply(request, reply)
    if (filter === null) return reply
    const locale = csvLocaleOrReply(request, reply)
    if (locale === undefined) return reply
    const titleOf = locale === null ? undefined : taskTitleIn(errands.titles, locale)
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="digidel-events.csv"')
      .send(await eventsCsv(db, filter.range, filter.site, titleOf))
  })

  app.get('/api/export/xapi', async (request, reply) => {
    const filter = filterOrReply(request, reply)
    return filter === null
      ? reply
      : {
          statements: await exportXapi(db, filter, config.publicOrigin ?? originOf(request), errands.titles),
        }
  })
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
