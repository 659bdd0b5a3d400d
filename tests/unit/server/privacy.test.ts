import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../../src/server/db/open'
import { DATABASE_KIND, mistake, openTestDatabase, startTestServer } from './harness'

const PROBES = ['127.0.0.1', '203.0.113.77', 'DigidelPrivacyProbe']

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
      const { db } = await openTestDatabase(test.dataDir)
      const columns = (await db.introspection.getTables()).flatMap((table) =>
        table.columns.map((c) => c.name),
      )
      const stored = JSON.stringify([
        await db.selectFrom('events').selectAll().execute(),
        await db.selectFrom('sites').selectAll().execute(),
      ])
      await db.destroy()
      expect(columns.filter((name) => /ip|addr|agent|ua$|host/i.test(name))).toEqual([])
      for (const probe of PROBES) expect(stored).not.toContain(probe)
      await test.server.close()

      if (DATABASE_KIND === 'sqlite') {
        // Every byte of the file and its journal, not only what the columns show.
        const files = (await readdir(test.dataDir)).filter((name) => name.startsWith(DATABASE_FILE))
        expect(files.length).toBeGreaterThan(0)
        for (const file of files) {
          const bytes = await readFile(join(test.dataDir, file), 'latin1')
          for (const probe of PROBES) expect(bytes).not.toContain(probe)
        }
      }
    } finally {
      await test.stop()
    }
  })
})
