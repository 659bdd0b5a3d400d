import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrateToLatest } from '../../../src/server/db/migrations'
import { DATABASE_FILE, openDatabase } from '../../../src/server/db/open'
import { mistake, startTestServer } from './harness'

describe('privacy', () => {
  it('stores no IP address and no user agent, and has no column for them', async () => {
    const test = await startTestServer({ logger: false })
    const userAgent = 'DigidelPrivacyProbe/1.0 (Quest 3; visitor-device-fingerprint)'
    try {
      const answer = await test.postJson(
        '/api/events',
        { events: [mistake(), mistake()] },
        {
          'user-agent': userAgent,
          'x-forwarded-for': '203.0.113.77',
        },
      )
      expect(answer.status).toBe(200)
      const db = openDatabase(join(test.dataDir, DATABASE_FILE))
      await migrateToLatest(db)
      const columns = (await db.introspection.getTables()).flatMap((table) =>
        table.columns.map((c) => c.name),
      )
      await db.destroy()
      expect(columns.filter((name) => /ip|addr|agent|ua$|host/i.test(name))).toEqual([])
      await test.server.close()

      const files = (await readdir(test.dataDir)).filter((name) => name.startsWith(DATABASE_FILE))
      expect(files.length).toBeGreaterThan(0)
      for (const file of files) {
        const bytes = await readFile(join(test.dataDir, file), 'latin1')
        expect(bytes).not.toContain('127.0.0.1')
        expect(bytes).not.toContain('203.0.113.77')
        expect(bytes).not.toContain('DigidelPrivacyProbe')
      }
    } finally {
      await test.stop()
    }
  })
})
