import type { FastifyPluginAsync } from 'fastify'
import type { AppDeps } from '../deps'
import { requireStaff } from '../staff-transport'
import { countWishes } from '../wishes'
import { filterOrReply } from './filter-query'

/**
 * `GET /api/staff/wishes?from=&to=&site=&task=` → `WishCounts`: what visitors said they would like to practise
 * next, counted, for the studio's front page. Staff only (401 without a valid staff token, 403 over plain HTTP from
 * another machine); 400 when the filter is malformed.
 */
export const wishRoutes: FastifyPluginAsync<AppDeps> = async (app, { db, staffAuth, config }) => {
  requireStaff(app, config, staffAuth)
  app.get('/api/staff/wishes', async (request, reply) => {
    const filter = filterOrReply(request, reply)
    return filter === null ? reply : countWishes(db, filter)
  })
}
