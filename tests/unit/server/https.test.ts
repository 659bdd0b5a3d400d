import { X509Certificate } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer as createHttpServer } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import type { TLSSocket } from 'node:tls'
import { join } from 'node:path'
import fastifyWebsocket from '@fastify/websocket'
import Fastify from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { createServerPair } from '../../../src/server/http-servers'
import { loadOrCreateTls } from '../../../src/server/tls'
import { startTestServer } from './harness'

let dataDir: string

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'digidel-https-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

/** GETs over HTTPS without checking the (self-signed) certificate; resolves with status, body and certificate. */
function httpsGet(url: string): Promise<{ status: number; body: string; fingerprint: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { rejectUnauthorized: false, agent: false }, (res) => {
      const fingerprint = (res.socket as TLSSocket).getPeerCertificate().fingerprint256
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, fingerprint }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('HTTPS', () => {
  it('serves the same app on HTTP and HTTPS with a generated certificate, and reuses it on the next start', async () => {
    const first = await startTestServer({ httpsPort: 0 }, dataDir)
    let firstFingerprint: string
    try {
      expect(first.server.httpsUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
      const answer = await httpsGet(`${first.server.httpsUrl}/api/health`)
      expect(answer.status).toBe(200)
      expect(JSON.parse(answer.body)).toEqual({ ok: true, db: 'ok' })
      expect((await fetch(first.url('/api/health'))).status).toBe(200)
      firstFingerprint = answer.fingerprint
      const stored = new X509Certificate(await readFile(join(dataDir, 'tls', 'cert.pem')))
      expect(stored.fingerprint256).toBe(firstFingerprint)
      expect(stored.subjectAltName).toContain('DNS:localhost')
      expect(stored.subjectAltName).toContain('IP Address:127.0.0.1')
    } finally {
      await first.stop()
    }

    const second = await startTestServer({ httpsPort: 0 }, dataDir)
    try {
      const answer = await httpsGet(`${second.server.httpsUrl}/api/health`)
      expect(answer.status).toBe(200)
      expect(answer.fingerprint).toBe(firstFingerprint)
    } finally {
      await second.stop()
    }
  })

  it('uses TLS_CERT and TLS_KEY when given', async () => {
    const made = await loadOrCreateTls({ dataDir })
    const given = await loadOrCreateTls({
      dataDir: join(dataDir, 'elsewhere'),
      tlsCert: join(dataDir, 'tls', 'cert.pem'),
      tlsKey: join(dataDir, 'tls', 'key.pem'),
    })
    expect(given).toEqual({ cert: made.cert, key: made.key, source: 'given' })
  })

  it('serves a WebSocket route of @fastify/websocket on both HTTP and HTTPS', async () => {
    const tls = await loadOrCreateTls({ dataDir })
    const pair = createServerPair(tls, {
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 10_000,
      maxConnections: 64,
    })
    const app = Fastify({ serverFactory: (handler) => pair.factory(handler), forceCloseConnections: true })
    await app.register(fastifyWebsocket)
    app.get('/live', { websocket: true }, (socket, request) => {
      socket.send(`hello over ${request.protocol}`)
    })
    app.addHook('onClose', () => pair.closeHttps())
    await app.listen({ port: 0, host: '127.0.0.1' })
    const httpPort = (app.server.address() as AddressInfo).port
    const httpsPort = await pair.listenHttps(0, '127.0.0.1')
    const greeting = (url: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = new WebSocket(url, { rejectUnauthorized: false })
        socket.once('message', (data) => {
          resolve(String(data))
          socket.close()
        })
        socket.once('error', reject)
      })
    try {
      expect(await greeting(`ws://127.0.0.1:${httpPort}/live`)).toBe('hello over http')
      expect(await greeting(`wss://127.0.0.1:${httpsPort}/live`)).toBe('hello over https')
    } finally {
      await app.close()
    }
  })

  it('reports a port in use instead of hanging', async () => {
    const blocker = createHttpServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const address = blocker.address()
    const port = typeof address === 'object' && address !== null ? address.port : 0
    try {
      await expect(startTestServer({ httpsPort: port }, dataDir)).rejects.toThrow(/EADDRINUSE/)
    } finally {
      blocker.close()
    }
  })
})
