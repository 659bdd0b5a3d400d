import type { Db } from '../db/schema'

/** One stored version of an authored errand, without its file. */
export interface ErrandVersionInfo {
  version: number
  /** How it came: published from the studio, or imported as a draft. */
  origin: 'publish' | 'import'
  note: string | null
  /** When it was stored, UTC ISO 8601. */
  createdAt: string
  /** Whether stations run this version now. */
  status: 'published' | 'unpublished'
}

/** An authored errand with all its versions, oldest first. */
export interface AuthoredErrand {
  id: string
  /** The scene of its newest version. */
  scene: string
  /** The version stations run now, or null when none is published. */
  published: number | null
  /** When it was last published, rolled back or unpublished; null when it never was. */
  changedAt: string | null
  versions: ErrandVersionInfo[]
}

/** A version as stations fetch it: the errand's id, the version and the whole one-file errand. */
export interface PublishedErrand {
  id: string
  version: number
  /** The one-file errand, parsed from the stored JSON. */
  file: unknown
}

/** What a new version is made of. */
export interface NewVersion {
  id: string
  scene: string
  /** The one-file errand; stored as JSON text, never changed afterwards. */
  file: unknown
  origin: 'publish' | 'import'
  note: string | null
}

/** Tries a write again when another server took the same version number in between. */
const MAX_TRIES = 5

/** Whether an error is the primary key refusing a second row for the same errand and version. */
function isDuplicateKey(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const code = 'code' in error ? String(error.code) : ''
  // PostgreSQL's unique_violation, better-sqlite3's constraint errors.
  return code === '23505' || code.startsWith('SQLITE_CONSTRAINT')
}

/**
 * Stores a new version (numbered one above the errand's newest) and, with `publish`, makes it the one stations
 * run, in one transaction. Returns its number.
 */
export async function storeVersion(
  db: Db,
  version: NewVersion,
  { publish, now = new Date() }: { publish: boolean; now?: Date },
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        const newest = await trx
          .selectFrom('errand_versions')
          .select((eb) => eb.fn.max('version').as('newest'))
          .where('errand_id', '=', version.id)
          .executeTakeFirst()
        const number = Number(newest?.newest ?? 0) + 1
        await trx
          .insertInto('errand_versions')
          .values({
            errand_id: version.id,
            version: number,
            scene: version.scene,
            file: JSON.stringify(version.file),
            origin: version.origin,
            note: version.note,
            created_at: now.toISOString(),
          })
          .execute()
        if (publish) await setPublished(trx, version.id, number, now)
        return number
      })
    } catch (error) {
      if (attempt >= MAX_TRIES || !isDuplicateKey(error)) throw error
    }
  }
}

async function setPublished(db: Db, id: string, version: number | null, now: Date): Promise<void> {
  await db
    .insertInto('published_errands')
    .values({ errand_id: id, version, changed_at: now.toISOString() })
    .onConflict((oc) =>
      oc.column('errand_id').doUpdateSet((eb) => ({
        version: eb.ref('excluded.version'),
        changed_at: eb.ref('excluded.changed_at'),
      })),
    )
    .execute()
}

/** Makes a stored version the one stations run (a rollback, or publishing an imported draft). */
export async function publishVersion(db: Db, id: string, version: number, now = new Date()): Promise<void> {
  await setPublished(db, id, version, now)
}

/** Takes an errand off the stations; its versions stay. Returns whether it was published. */
export async function unpublishErrand(db: Db, id: string, now = new Date()): Promise<boolean> {
  const result = await db
    .updateTable('published_errands')
    .set({ version: null, changed_at: now.toISOString() })
    .where('errand_id', '=', id)
    .where('version', 'is not', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

/** One stored version's file, or undefined when there is no such version. */
export async function versionFile(db: Db, id: string, version: number): Promise<unknown> {
  const row = await db
    .selectFrom('errand_versions')
    .select('file')
    .where('errand_id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return row === undefined ? undefined : (JSON.parse(row.file) as unknown)
}

/** The version of an errand stations run now, or null. */
export async function publishedVersion(db: Db, id: string): Promise<number | null> {
  const row = await db
    .selectFrom('published_errands')
    .select('version')
    .where('errand_id', '=', id)
    .executeTakeFirst()
  return row?.version == null ? null : Number(row.version)
}

/** Every published errand's current version with its file, by id. */
export async function listPublished(db: Db): Promise<PublishedErrand[]> {
  const rows = await db
    .selectFrom('published_errands')
    .innerJoin('errand_versions', (join) =>
      join
        .onRef('errand_versions.errand_id', '=', 'published_errands.errand_id')
        .onRef('errand_versions.version', '=', 'published_errands.version'),
    )
    .select([
      'errand_versions.errand_id as id',
      'errand_versions.version as version',
      'errand_versions.file as file',
    ])
    .execute()
  return rows
    .map((row) => ({ id: row.id, version: Number(row.version), file: JSON.parse(row.file) as unknown }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Every authored errand with its versions (files left out), by id. */
export async function listAuthored(db: Db): Promise<AuthoredErrand[]> {
  const versions = await db
    .selectFrom('errand_versions')
    .select(['errand_id', 'version', 'scene', 'origin', 'note', 'created_at'])
    .orderBy('errand_id')
    .orderBy('version')
    .execute()
  const published = new Map(
    (await db.selectFrom('published_errands').selectAll().execute()).map((row) => [row.errand_id, row]),
  )
  const errands = new Map<string, AuthoredErrand>()
  for (const row of versions) {
    const current = published.get(row.errand_id)
    const publishedVersion = current?.version == null ? null : Number(current.version)
    let errand = errands.get(row.errand_id)
    if (errand === undefined) {
      errand = {
        id: row.errand_id,
        scene: row.scene,
        published: publishedVersion,
        changedAt: current?.changed_at ?? null,
        versions: [],
      }
      errands.set(row.errand_id, errand)
    }
    const version = Number(row.version)
    errand.scene = row.scene
    errand.versions.push({
      version,
      origin: row.origin,
      note: row.note,
      createdAt: row.created_at,
      status: version === publishedVersion ? 'published' : 'unpublished',
    })
  }
  return [...errands.values()]
}
