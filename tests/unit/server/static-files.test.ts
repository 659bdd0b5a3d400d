import { request as httpRequest } from 'node:http'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../src/server/security-headers'
import { mistake, startTestServer } from './harness'
import type { TestServer } from './harness'

const INDEX =
  '<!doctype html><title>Digidel VR</title><script type="module" src="/assets/app-abc123.js"></script>'

let appDir: string
let test: TestServer

beforeAll(async () => {
  appDir = await mkdtemp(join(tmpdir(), 'digidel-dist-'))
  await mkdir(join(appDir, 'assets'))
  await writeFile(join(appDir, 'index.html'), INDEX)
  await writeFile(join(appDir, 'assets', 'app-abc123.js'), 'console.log("app")')
  await writeFile(join(appDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  test = await startTestServer({ staticDir: appDir })
})
afterAll(async () => {
  await test.stop()
  await rm(appDir, { recursive: true, force: true })
})

describe('the built app on the same origin as the API', () => {
  it('serves index.html at / and for client-side routes such as /staff', async () => {
    for (const path of ['/', '/staff', '/staff/sessions/abc', '/lobby?emulate=1']) {
      const answer = await fetch(test.url(path))
      expect(answer.status, path).toBe(200)
      expect(answer.headers.get('content-type')).toMatch(/^text\/html/)
      expect(answer.headers.get('cache-control')).toBe('no-cache')
      expect(await answer.text()).toBe(INDEX)
    }
  })

  it('serves files, fingerprinted assets cached for good', async () => {
    const script = await fetch(test.url('/assets/app-abc123.js'))
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toMatch(/javascript/)
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await fetch(test.url('/favicon.svg'))).status).toBe(200)
  })

  it('answers 404 for a missing file and for an unknown API route, not index.html', async () => {
    expect((await fetch(test.url('/assets/missing.js'))).status).toBe(404)
    const api = await fetch(test.url('/api/missing'))
    expect(api.status).toBe(404)
    expect(await api.json()).toMatchObject({ error: 'Not Found' })
  })

  it('never serves a file outside the app folder', async () => {
    for (const path of [
      '/..%2F..%2F..%2Fetc%2Fpasswd',
      '/assets/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
    ]) {
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(test.url(path), (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (body += chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
        })
        req.on('error', reject)
        req.end()
      })
      expect(answer.body, path).not.toContain('root:')
      expect([200, 400, 403, 404], path).toContain(answer.status)
    }
  })

  it('sends security headers that reference no other host', async () => {
    for (const answer of [await fetch(test.url('/')), await test.postEvents([mistake()])]) {
      expect(answer.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
      expect(answer.headers.get('x-frame-options')).toBe('DENY')
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer')
      expect(answer.headers.get('permissions-policy')).toContain('xr-spatial-tracking=(self)')
      expect(answer.headers.get('strict-transport-security')).toBeNull()
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|wss?:/)
    expect((await test.postEvents([mistake()])).headers.get('cache-control')).toBe('no-store')
  })

  it('serves the API only when the app folder is missing', async () => {
    const apiOnly = await startTestServer({ staticDir: join(appDir, 'not-built') })
    try {
      expect((await fetch(apiOnly.url('/'))).status).toBe(404)
      expect((await fetch(apiOnly.url('/api/health'))).status).toBe(200)
    } finally {
      await apiOnly.stop()
    }
  })
})
