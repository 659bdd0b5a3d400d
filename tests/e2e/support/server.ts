import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer, type RunningServer } from '../../../src/server/app'
import type { ServerConfig } from '../../../src/server/config'

export const TEST_STAFF_PIN = '246813'

/** The real server, on a free port, with a fresh SQLite file and the built app. */
export async function startTestServer(
  overrides: Partial<ServerConfig> = {},
): Promise<RunningServer & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'digidel-e2e-'))
  const server = await startServer({
    port: 0,
    httpsPort: null,
    host: '127.0.0.1',
    dataDir,
    staticDir: join(import.meta.dirname, '..', '..', '..', 'dist'),
    staffPin: TEST_STAFF_PIN,
    logger: false,
    ...overrides,
  })
  return { ...server, dataDir }
}

/** Logs in as staff and returns the token. */
export async function staffToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pin: TEST_STAFF_PIN }),
  })
  const body = (await response.json()) as { token: string }
  return body.token
}

/** One stored event, as the staff API gives it back. */
export interface StoredEvent {
  id: string
  type: string
  task: string | null
  step: string | null
  payload: Record<string, unknown>
}

/** Every event the server holds for a visit, in order; none yet is an empty list. */
export async function storedEvents(
  baseUrl: string,
  sessionId: string,
  token?: string,
): Promise<StoredEvent[]> {
  const response = await fetch(`${baseUrl}/api/sessions/${sessionId}/events`, {
    headers: { authorization: `Bearer ${token ?? (await staffToken(baseUrl))}` },
  })
  if (response.status === 404) return []
  if (!response.ok) throw new Error(`GET events: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { events: StoredEvent[] }).events
}
