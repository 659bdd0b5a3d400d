import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../../src/server/db/open'
import { mistake, startTestServer } from './harness'

let parent: string

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'digidel-modes-'))
})
afterEach(() => rm(parent, { recursive: true, force: true }))

const modeOf = async (path: string) => (await stat(path)).mode & 0o777

describe('file modes', () => {
  it('creates DATA_DIR 0700 and the database, its WAL files, the PIN and the TLS key 0600', async () => {
    const dataDir = join(parent, 'data')
    // No STAFF_PIN: the server writes one, as on a first start.
    const test = await startTestServer({ httpsPort: 0, staffPin: undefined }, dataDir)
    try {
      expect((await test.postEvents([mistake()])).status).toBe(200)
      expect(await modeOf(dataDir)).toBe(0o700)
      for (const file of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, 'staff-pin.txt']) {
        expect({ file, mode: (await modeOf(join(dataDir, file))).toString(8) }).toEqual({ file, mode: '600' })
      }
      expect(await modeOf(join(dataDir, 'tls', 'key.pem'))).toBe(0o600)
    } finally {
      await test.stop()
    }
  })

  it('closes a data folder and database that an older version left readable to others', async () => {
    const dataDir = join(parent, 'old')
    await mkdir(dataDir, { mode: 0o755 })
    for (const file of [DATABASE_FILE, `${DATABASE_FILE}-wal`]) {
      await writeFile(join(dataDir, file), '', { mode: 0o644 })
    }
    const test = await startTestServer({}, dataDir)
    try {
      expect(await modeOf(dataDir)).toBe(0o700)
      expect(await modeOf(join(dataDir, DATABASE_FILE))).toBe(0o600)
      expect(await modeOf(join(dataDir, `${DATABASE_FILE}-wal`))).toBe(0o600)
    } finally {
      await test.stop()
    }
  })
})
