import { X509Certificate } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer as createHttpServer } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { tmpdir } from 'node:os'
import type { TLSSocket } from 'node:tls'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
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

  it('hands WebSocket upgrades on HTTPS to the HTTP server, where Fastify plugins listen', async () => {
    const tls = await loadOrCreateTls({ dataDir })
    const pair = createServerPair(tls)
    const http = pair.factory((_req, res) => res.end('plain'))
    const upgradedPaths: string[] = []
    http.on('upgrade', (req, socket) => {
      upgradedPaths.push(req.url ?? '')
      socket.end('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n')
    })
    const port = await pair.listenHttps(0, '127.0.0.1')
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpsRequest(`https://127.0.0.1:${port}/live`, {
          rejectUnauthorized: false,
          agent: false,
          headers: { connection: 'Upgrade', upgrade: 'websocket' },
        })
        req.on('upgrade', (res, socket) => {
          socket.destroy()
          resolve(res.statusCode ?? 0)
        })
        req.on('response', (res) => resolve(res.statusCode ?? 0))
        req.on('error', reject)
        req.end()
      })
      expect(status).toBe(101)
      expect(upgradedPaths).toEqual(['/live'])
    } finally {
      await pair.closeHttps()
      http.close()
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
