import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OpenedDatabase } from '../../../../src/server/db/connect'
import {
  listAuthored,
  listPublished,
  publishVersion,
  storeVersion,
  unpublishErrand,
  versionFile,
} from '../../../../src/server/errands/errand-store'
import { DATABASE_KIND, openTestDatabase } from '../harness'

let dataDir: string
let opened: OpenedDatabase

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'digidel-errand-store-'))
  opened = await openTestDatabase(dataDir)
})
afterEach(async () => {
  await opened.db.destroy()
  await rm(dataDir, { recursive: true, force: true })
})

const version = (n: number, origin: 'publish' | 'import' = 'publish') => ({
  id: 'library-card',
  scene: 'e-service',
  file: { n },
  origin,
  note: null,
})

describe(`the errand store (${DATABASE_KIND})`, () => {
  it('numbers versions one by one, even when they are stored at the same moment, and never changes one', async () => {
    const numbers = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => storeVersion(opened.db, version(n), { publish: false })),
    )
    expect([...numbers].sort()).toEqual([1, 2, 3, 4, 5])
    for (const number of numbers) expect(await versionFile(opened.db, 'library-card', number)).toBeDefined()
    expect(await versionFile(opened.db, 'library-card', 6)).toBeUndefined()
    expect(await listPublished(opened.db)).toEqual([])
  })

  it('publishes, rolls back to an older version and unpublishes, keeping every version', async () => {
    await storeVersion(opened.db, version(1), { publish: true })
    await storeVersion(opened.db, version(2), { publish: true })
    expect(await listPublished(opened.db)).toEqual([{ id: 'library-card', version: 2, file: { n: 2 } }])
    await publishVersion(opened.db, 'library-card', 1)
    expect(await listPublished(opened.db)).toEqual([{ id: 'library-card', version: 1, file: { n: 1 } }])
    expect(await unpublishErrand(opened.db, 'library-card')).toBe(true)
    expect(await unpublishErrand(opened.db, 'library-card')).toBe(false)
    expect(await listPublished(opened.db)).toEqual([])
    const [errand] = await listAuthored(opened.db)
    expect(errand?.published).toBeNull()
    expect(errand?.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'unpublished'],
      [2, 'unpublished'],
    ])
    expect(await versionFile(opened.db, 'library-card', 2)).toEqual({ n: 2 })
  })
})
