import type { IncomingMessage } from 'node:http'
import type { TLSSocket } from 'node:tls'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ServerConfig } from './config'
import { apiError } from './errors'
import type { StaffAuth } from './staff-auth'
import { bearerToken } from './staff-auth'

/** Whether an address is this machine: 127.0.0.0/8 or ::1, also as an IPv4-mapped IPv6 address. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4)
}

/**
 * Whether a request came over plain HTTP from another machine: anyone on the LAN could read a PIN or a token
 * in it. From this machine itself (loopback) plain HTTP is fine.
 */
export function isInsecureRemote(request: IncomingMessage): boolean {
  const encrypted = (request.socket as Partial<TLSSocket>).encrypted === true
  return !encrypted && !isLoopback(request.socket.remoteAddress)
}

/** The staff console's HTTPS address on the host the client used, or null when HTTPS is off. */
export function staffHttpsUrl(hostname: string, httpsPort: number | null): string | null {
  if (httpsPort === null) return null
  return `https://${hostname}${httpsPort === 443 ? '' : `:${httpsPort}`}/staff`
}

/** The answer that refuses staff over plain HTTP: 403 with the HTTPS address to use instead. */
export function insecureStaffAnswer(httpsUrl: string | null): {
  error: string
  message: string
  httpsUrl: string | null
} {
  return {
    ...apiError(
      403,
      httpsUrl === null
        ? 'staff log in over HTTPS only, and HTTPS is off on this server: log in on the server computer itself'
        : `staff log in over HTTPS only: open ${httpsUrl}`,
    ),
    httpsUrl,
  }
}

/**
 * An `onRequest` hook for staff routes: a request over plain HTTP from another machine is refused with 403
 * and the HTTPS address, and a staff token it carried is revoked, since the LAN may have seen it.
 */
export function refuseInsecureStaff(
  config: Pick<ServerConfig, 'httpsPort'>,
  staffAuth: Pick<StaffAuth, 'revoke'>,
) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!isInsecureRemote(request.raw)) return
    const token = bearerToken(request.headers.authorization)
    if (token !== undefined) staffAuth.revoke(token)
    await reply.status(403).send(insecureStaffAnswer(staffHttpsUrl(request.hostname, config.httpsPort)))
  }
}

/**
 * Puts a group of staff routes behind the staff login: over a secure transport (see `refuseInsecureStaff`), and
 * only with a valid staff token, else 401 with how to get one.
 */
export function requireStaff(
  app: FastifyInstance,
  config: Pick<ServerConfig, 'httpsPort'>,
  staffAuth: Pick<StaffAuth, 'revoke' | 'verify'>,
): void {
  app.addHook('onRequest', refuseInsecureStaff(config, staffAuth))
  app.addHook('onRequest', async (request, reply) => {
    if (!staffAuth.verify(bearerToken(request.headers.authorization))) {
      return reply
        .status(401)
        .header('www-authenticate', 'Bearer')
        .send(apiError(401, 'a valid staff token is required: log in with POST /api/staff/login'))
    }
  })
}
