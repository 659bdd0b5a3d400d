import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import type { AppDeps } from '../deps'
import { apiError } from '../errors'
import { bearerToken } from '../staff-auth'
import { refuseInsecureStaff } from '../staff-transport'

const loginBody = z.object({ pin: z.string().min(1).max(64) })

/**
 * Staff login and logout. From another machine both need HTTPS: over plain HTTP they answer 403 with
 * `{ httpsUrl }`, the address to use instead.
 *
 * - `POST /api/staff/login`, body `{ pin }`: 200 `{ token, expiresAt }`, 401 for a wrong PIN, 400 for a body
 *   without a PIN, 429 (with `Retry-After`) after five wrong PINs from one client within a minute, or while
 *   wrong PINs from all clients together have locked the login.
 * - `POST /api/staff/logout` with `Authorization: Bearer <token>`: 204; the token is revoked at once, and a
 *   console connected with it is told and disconnected.
 */
export const staffLoginRoutes: FastifyPluginAsync<AppDeps> = async (app, { staffAuth, config }) => {
  app.addHook('onRequest', refuseInsecureStaff(config, staffAuth))

  app.post('/api/staff/login', { bodyLimit: 4096 }, async (request, reply) => {
    const body = loginBody.safeParse(request.body)
    if (!body.success) return reply.status(400).send(apiError(400, 'pin: expected the staff PIN as a string'))
    // The address only tells clients apart for the wrong-PIN limit; it lives in memory for one minute.
    const result = staffAuth.login(body.data.pin, request.ip)
    if (result.ok) return { token: result.token, expiresAt: result.expiresAt }
    if (result.reason === 'too-many-attempts') {
      return reply
        .status(429)
        .header('retry-after', String(result.retryAfterSeconds))
        .send(apiError(429, `too many wrong PINs: try again in ${result.retryAfterSeconds} s`))
    }
    return reply.status(401).send(apiError(401, 'wrong PIN'))
  })

  app.post('/api/staff/logout', { bodyLimit: 4096 }, async (request, reply) => {
    const token = bearerToken(request.headers.authorization)
    // Idempotent: logging out twice, or with a token that already expired, is not an error.
    if (token !== undefined) staffAuth.revoke(token)
    return reply.status(204).send()
  })
}
