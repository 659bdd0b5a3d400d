import { createServer as createHttpServer } from 'node:http'
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { Server as HttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import type { TlsFiles } from './tls'

type Handler = (request: IncomingMessage, response: ServerResponse) => void

/** An HTTP and an optional HTTPS server that share one Fastify request handler. */
export interface ServerPair {
  /** For Fastify's `serverFactory`: returns the HTTP server, which Fastify listens on and closes itself. */
  factory(handler: Handler): HttpServer
  /** Starts the HTTPS server (after Fastify is listening); resolves with its port. */
  listenHttps(port: number, host: string): Promise<number>
  /** Stops the HTTPS server and drops its open connections. */
  closeHttps(): Promise<void>
}

// Fastify's own default, so both servers treat idle keep-alive connections alike.
const KEEP_ALIVE_TIMEOUT_MS = 72_000

/**
 * One handler behind two servers: HTTP for this machine and HTTPS for headsets on the LAN (WebXR needs a
 * secure context). WebSocket upgrades reaching the HTTPS server are handed to the HTTP server, where Fastify
 * plugins such as @fastify/websocket listen for them, so a plugin registered once works on both.
 */
export function createServerPair(tls: TlsFiles | null): ServerPair {
  let httpServer: HttpServer | null = null
  let httpsServer: HttpsServer | null = null

  return {
    factory(handler) {
      const server = createHttpServer(handler)
      httpServer = server
      if (tls !== null && httpsServer === null) {
        httpsServer = createHttpsServer({ cert: tls.cert, key: tls.key }, handler)
        httpsServer.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS
        httpsServer.on('upgrade', (request, socket, head) => {
          if (httpServer === null || httpServer.listenerCount('upgrade') === 0) socket.destroy()
          else httpServer.emit('upgrade', request, socket, head)
        })
      }
      return server
    },

    listenHttps(port, host) {
      const server = httpsServer
      if (server === null) return Promise.reject(new Error('HTTPS is not configured'))
      return new Promise((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, host, () => {
          server.off('error', reject)
          resolve((server.address() as AddressInfo).port)
        })
      })
    },

    closeHttps() {
      const server = httpsServer
      if (server === null || !server.listening) return Promise.resolve()
      return new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}
