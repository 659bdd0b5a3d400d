import { sql } from 'kysely'
import type { FastifyPluginAsync } from 'fastify'
import type { AppDeps } from '../deps'

/** `GET /api/health`: 200 `{ ok: true, db: 'ok' }` when a real query succeeds, else 503 `{ ok: false, db: 'error' }`. */
export const healthRoutes: FastifyPluginAsync<AppDeps> = async (app, { db }) => {
  app.get('/api/health', async (request, reply) => {
    try {
      await sql`select 1`.execute(db)
      return { ok: true, db: 'ok' }
    } catch (error) {
      request.log.error({ err: error }, 'database check failed')
      return reply.status(503).send({ ok: false, db: 'error' })
    }
  })
}
