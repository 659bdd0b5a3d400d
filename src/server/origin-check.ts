import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { apiError } from './errors'

/**
 * Whether a request's `Origin` is one of this server's own: the origin the client itself reached (its scheme
 * and Host), or `PUBLIC_ORIGIN`. A request without one (not from a web page) passes.
 */
export function isOwnOrigin(
  request: Pick<FastifyRequest, 'headers' | 'protocol' | 'host'>,
  publicOrigin: string | undefined,
): boolean {
  const origin = request.headers.origin
  if (origin === undefined) return true
  if (publicOrigin !== undefined && origin === publicOrigin) return true
  try {
    return (
      origin !== 'null' && new URL(origin).origin === new URL(`${request.protocol}://${request.host}`).origin
    )
  } catch {
    return false
  }
}

/**
 * An `onRequest` hook that refuses, with 403, a request from a web page of another origin: any page open on any
 * device on the LAN could otherwise use a visitor's browser to flood the server or open the live link.
 */
export function refuseForeignOrigin(publicOrigin: string | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (isOwnOrigin(request, publicOrigin)) return
    await reply.status(403).send(apiError(403, 'requests from pages of another origin are not accepted'))
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Applies {@link refuseForeignOrigin} to everything that changes state (POST and the like). The live link's
 * WebSocket route, a GET, checks the origin itself, so the refused upgrade's socket is closed.
 */
export function refuseForeignWrites(app: FastifyInstance, publicOrigin: string | undefined): void {
  const refuse = refuseForeignOrigin(publicOrigin)
  app.addHook('onRequest', async (request, reply) => {
    if (!SAFE_METHODS.has(request.method)) await refuse(request, reply)
  })
}
