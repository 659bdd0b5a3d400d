import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const dataDir = mkdtempSync(join(tmpdir(), 'digidel-plain-node-'))

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error()),
      )
    })
  })
}

async function waitFor<T>(what: () => Promise<T | undefined>, ms: number): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    const value = await what().catch(() => undefined)
    if (value !== undefined) return value
    if (Date.now() > until) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

// `npm start` runs the server under plain Node (tsx), where Vite's import.meta.glob does not exist: the server
// must still start and check an authored errand with the app's own checks.
describe('the server under plain Node, as npm start runs it', () => {
  it('starts, and checks an errand file sent by staff', { timeout: 90_000 }, async () => {
    const port = await freePort()
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), HTTPS_PORT: 'off', DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: 'ignore',
    })
    try {
      const origin = `http://127.0.0.1:${port}`
      await waitFor(async () => ((await fetch(`${origin}/api/health`)).ok ? true : undefined), 60_000)
      const pin = /\d{4,}/.exec(readFileSync(join(dataDir, 'staff-pin.txt'), 'utf8'))?.[0]
      const headers = { 'content-type': 'application/json', origin }
      const login = await fetch(`${origin}/api/staff/login`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ pin }),
      })
      const { token } = (await login.json()) as { token: string }
      const checked = await fetch(`${origin}/api/staff/errands/check`, {
        method: 'POST',
        headers: { ...headers, authorization: `Bearer ${token}` },
        body: JSON.stringify({ format: 'digidel-errand/1', scene: 'bank', files: {}, texts: {} }),
      })
      expect(checked.status).toBe(400)
      expect(await checked.json()).toMatchObject({ problems: expect.any(Object) })
    } finally {
      server.kill()
    }
  })
})
