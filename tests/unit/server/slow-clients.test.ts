import { connect as connectTcp, type Socket } from 'node:net'
import { connect as connectTls } from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { healthy, startTestServer } from './harness'
import type { TestServer } from './harness'

// Short timeouts so the test takes seconds; the defaults (30 s and 10 s) are checked in config.test.ts.
const REQUEST_TIMEOUT_MS = 1500
const HEADERS_TIMEOUT_MS = 1000
const MAX_CONNECTIONS = 6

let test: TestServer

beforeAll(async () => {
  test = await startTestServer({
    httpsPort: 0,
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    headersTimeoutMs: HEADERS_TIMEOUT_MS,
    maxConnections: MAX_CONNECTIONS,
  })
})
afterAll(() => test.stop())

/** A raw connection to the HTTP or HTTPS server, with what it received and when the server ended it. */
async function open(
  scheme: 'http' | 'https',
): Promise<{ socket: Socket; received: () => string; ended: Promise<number> }> {
  const url = new URL(scheme === 'http' ? test.server.httpUrl : (test.server.httpsUrl ?? ''))
  const port = Number(url.port)
  const socket =
    scheme === 'http'
      ? connectTcp({ host: '127.0.0.1', port })
      : connectTls({ host: '127.0.0.1', port, rejectUnauthorized: false })
  let text = ''
  socket.setEncoding('utf8')
  socket.on('data', (chunk: string) => (text += chunk))
  socket.on('error', () => undefined)
  const started = Date.now()
  const ended = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - started)))
  await new Promise<void>((resolve) => socket.once(scheme === 'http' ? 'connect' : 'secureConnect', resolve))
  return { socket, received: () => text, ended }
}

/** Writes one byte every 200 ms until the socket closes. */
function dribble(socket: Socket, text: string): void {
  let index = 0
  const timer = setInterval(() => {
    if (socket.destroyed || socket.writableEnded) return clearInterval(timer)
    socket.write(text[index % text.length] ?? ' ')
    index++
  }, 200)
  socket.once('close', () => clearInterval(timer))
}

describe('slow clients', () => {
  it.each(['http', 'https'] as const)(
    'cuts off a body sent one byte at a time at the request timeout (%s)',
    async (scheme) => {
      const { socket, received, ended } = await open(scheme)
      socket.write(
        'POST /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n',
      )
      dribble(socket, '{"events":[')
      const after = await ended
      expect(after).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100)
      expect(after).toBeLessThan(REQUEST_TIMEOUT_MS + 2000)
      expect(received()).toMatch(/^HTTP\/1\.1 408/)
      expect(await healthy(test)).toBe(true)
    },
  )

  it.each(['http', 'https'] as const)('cuts off headers sent one byte at a time (%s)', async (scheme) => {
    const { socket, ended } = await open(scheme)
    socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n')
    dribble(socket, 'X-Slow: yes\r\n')
    const after = await ended
    expect(after).toBeLessThan(HEADERS_TIMEOUT_MS + 2000)
    expect(await healthy(test)).toBe(true)
  })

  it('closes connections beyond the maximum at once, and serves again when they are gone', async () => {
    const sockets = await Promise.all(Array.from({ length: MAX_CONNECTIONS + 4 }, () => open('http')))
    const closedSoon = await Promise.all(
      sockets.map(({ ended }) =>
        Promise.race([ended.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 500))]),
      ),
    )
    expect(closedSoon.filter(Boolean).length).toBeGreaterThanOrEqual(4)
    for (const { socket } of sockets) socket.destroy()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await healthy(test)).toBe(true)
  })
})
