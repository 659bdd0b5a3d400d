import type { DatabaseKind, Db } from './db/schema'

/** A site (library branch) as staff choose it in filters. */
export interface Site {
  id: string
  name: string
}

/**
 * Records this server's site and name (a later start with a new `SITE_NAME` renames it). On SQLite the file
 * belongs to this one server, so events stored before sites existed become this site's.
 */
export async function registerSite(db: Db, kind: DatabaseKind, site: Site, now = new Date()): Promise<void> {
  await db
    .insertInto('sites')
    .values({ id: site.id, name: site.name, updated_at: now.toISOString() })
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), updated_at: eb.ref('excluded.updated_at') })),
    )
    .execute()
  if (kind === 'sqlite') {
    await db.updateTable('events').set({ site_id: site.id }).where('site_id', '=', '').execute()
  }
}

/** Every site known to the database, by name (sorted here: the databases' collations differ). */
export async function listSites(db: Db): Promise<Site[]> {
  const sites = await db.selectFrom('sites').select(['id', 'name']).execute()
  return sites.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
}
