import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LIVE_PATH } from '../../src/live/protocol'
import {
  approvedStation,
  connectLive,
  connectStaff,
  lobbyState,
  pause,
  staffHello,
  stateMessage,
  stationHello,
  type LiveClient,
} from '../unit/live/live-client'

// The flood of the hardening review, against the real server in its own process (so its memory can be read):
// 100 approved stations change state ten times a second while one staff console reads nothing at all. It runs
// with the end-to-end tests, one file at a time, so that no other test competes for the CPU while it measures.

const STATIONS = 100
const FLOOD_MS = 8000
const PIN = '951357'

let dataDir: string
let child: ChildProcess
let baseUrl: string
const clients: LiveClient[] = []

/** The server's resident memory, in MB, from /proc. */
function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN)
  return kb / 1024
}

/** A WebSocket text frame as a client must send it: masked. */
function clientFrame(text: string): Buffer {
  const payload = Buffer.from(text, 'utf8')
  const mask = randomBytes(4)
  const header =
    payload.length < 126
      ? Buffer.from([0x81, 0x80 | payload.length])
      : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 0xff])
  const masked = Buffer.alloc(payload.length)
  for (let i = 0; i < payload.length; i++) masked[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0)
  return Buffer.concat([header, mask, masked])
}

/** A staff console that logs in on the live link and then never reads another byte. */
async function slowStaffReader(port: number, token: string): Promise<Socket> {
  const socket = connect(port, '127.0.0.1')
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('error', reject)
  })
  socket.write(
    `GET ${LIVE_PATH} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  )
  await new Promise<void>((resolve, reject) => {
    let head = ''
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1')
      if (!head.includes('\r\n\r\n')) return
      socket.off('data', onData)
      if (head.startsWith('HTTP/1.1 101')) resolve()
      else reject(new Error(head.split('\r\n')[0]))
    }
    socket.on('data', onData)
  })
  socket.write(clientFrame(JSON.stringify(staffHello(token))))
  socket.on('error', () => undefined)
  socket.pause()
  return socket
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'digidel-flood-'))
  child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HTTPS_PORT: 'off',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STAFF_PIN: PIN,
      STATIC_DIR: 'off',
      LOGGER: 'off',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const stdout = child.stdout
  if (stdout === null) throw new Error('no output from the server')
  baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code, signal) =>
      reject(new Error(`the server exited before it listened (${code ?? signal})`)),
    )
    createInterface({ input: stdout }).on('line', (line) => {
      const match = /On this computer:\s+(http:\/\/\S+?)\/?$/.exec(line)
      if (match?.[1]) resolve(match[1].replace('localhost', '127.0.0.1'))
    })
  })
}, 60_000)

afterAll(async () => {
  for (const client of clients.splice(0)) client.socket.terminate()
  child?.kill('SIGTERM')
  await rm(dataDir, { recursive: true, force: true })
})

async function staffToken(): Promise<string> {
  const answer = await fetch(`${baseUrl}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pin: PIN }),
  })
  return ((await answer.json()) as { token: string }).token
}

describe('live link flood', () => {
  it('a slow staff reader and 100 chatty stations: memory grows under 100 MB, /api/health answers under 500 ms', async () => {
    const pid = child.pid ?? 0
    const token = await staffToken()
    const watcher = await connectStaff(baseUrl, token)
    clients.push(watcher)
    const stations: LiveClient[] = []
    for (let n = 1; n <= STATIONS; n++) {
      const station = approvedStation(dataDir, n)
      const client = await connectLive(baseUrl, { localAddress: `127.0.4.${1 + (n % 50)}` })
      clients.push(client)
      client.send(stationHello(station))
      await client.waitFor((m) => m.type === 'station-welcome' && m.approved === true)
      client.send(stateMessage(lobbyState({ pairingCode: String(client.received[0]?.pairingCode) })))
      stations.push(client)
    }
    await pause(1000)
    const baseline = residentMb(pid)
    const slow = await slowStaffReader(Number(new URL(baseUrl).port), token)
    let slowClosed = false
    slow.once('close', () => (slowClosed = true))

    const from = watcher.mark()
    let peak = baseline
    let slowest = 0
    let tick = 0
    const started = Date.now()
    const chatter = setInterval(() => {
      tick++
      for (const [index, client] of stations.entries()) {
        const state = lobbyState({
          pairingCode: String(client.received[0]?.pairingCode),
          // Every field a station may report, full: the largest state there is.
          entries: Object.fromEntries(
            Array.from({ length: 16 }, (_, field) => [`field-${field}`, `${tick}-${index}-`.padEnd(32, '0')]),
          ),
          scene: tick % 2 === 0 ? 'lobby' : 'bank',
        })
        client.send(stateMessage(state))
      }
    }, 100)
    try {
      while (Date.now() - started < FLOOD_MS) {
        const asked = performance.now()
        const health = await fetch(`${baseUrl}/api/health`)
        expect(health.status).toBe(200)
        slowest = Math.max(slowest, performance.now() - asked)
        peak = Math.max(peak, residentMb(pid))
        await pause(200)
      }
    } finally {
      clearInterval(chatter)
    }
    const seconds = (Date.now() - started) / 1000
    const updates = watcher.received.slice(from).filter((m) => m.type === 'stations-changed').length

    console.info(
      `flood: ${STATIONS} stations at 10 Hz for ${seconds.toFixed(1)} s with a staff console that never reads; ` +
        `server memory ${baseline.toFixed(0)} MB before, ${peak.toFixed(0)} MB at most ` +
        `(+${(peak - baseline).toFixed(0)} MB); /api/health ${slowest.toFixed(0)} ms at worst; ` +
        `a reading console got ${(updates / seconds).toFixed(1)} updates a second; ` +
        `the silent console was ${slowClosed ? 'closed' : 'still open'}`,
    )
    expect(peak - baseline).toBeLessThan(100)
    expect(slowest).toBeLessThan(500)
    expect(updates / seconds).toBeLessThanOrEqual(5.5)
    expect(watcher.socket.readyState).toBe(watcher.socket.OPEN)
    slow.destroy()
  })
})
