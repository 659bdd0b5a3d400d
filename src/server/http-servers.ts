import { createServer as createHttpServer } from 'node:http'
import type { IncomingMessage, Server as HttpServer, ServerOptions, ServerResponse } from 'node:http'
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

/** How long clients may take, and how many may be connected at once, on each server. */
export interface ConnectionLimits {
  /** A request must be received in full within this time, or it is answered 408 and closed. */
  requestTimeoutMs: number
  /** Its headers must arrive within this time. */
  headersTimeoutMs: number
  /** Connections beyond this many are closed at once. */
  maxConnections: number
}

/**
 * Node's own defaults (five minutes per request, checked every 30 s, no connection cap) would let a client
 * that sends one byte at a time hold a connection for minutes; Fastify's timeouts do not reach servers made
 * by a `serverFactory`, so they are set here, on both servers alike.
 */
function serverOptions(limits: ConnectionLimits): ServerOptions {
  return {
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
    connectionsCheckingInterval: Math.max(100, Math.min(1000, limits.headersTimeoutMs / 4)),
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
  }
}

/**
 * One handler behind two servers: HTTP for this machine and HTTPS for headsets on the LAN (WebXR needs a
 * secure context). WebSocket upgrades reaching the HTTPS server are handed to the HTTP server, where Fastify
 * plugins such as @fastify/websocket listen for them, so a plugin registered once works on both.
 */
export function createServerPair(tls: TlsFiles | null, limits: ConnectionLimits): ServerPair {
  let httpServer: HttpServer | null = null
  let httpsServer: HttpsServer | null = null

  return {
    factory(handler) {
      const server = createHttpServer(serverOptions(limits), handler)
      server.maxConnections = limits.maxConnections
      httpServer = server
      if (tls !== null && httpsServer === null) {
        httpsServer = createHttpsServer({ ...serverOptions(limits), cert: tls.cert, key: tls.key }, handler)
        httpsServer.maxConnections = limits.maxConnections
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
