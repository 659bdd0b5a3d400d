import type { Catalog } from './catalog'
import type { ServerConfig } from './config'
import type { Db } from './db/schema'
import type { StaffAuth } from './staff-auth'

/**
 * What every feature plugin is given as its options: the effective configuration, the Kysely database and
 * the staff authentication (a WebSocket plugin checks staff tokens with `staffAuth.verify`).
 */
export interface AppDeps {
  config: ServerConfig
  db: Db
  staffAuth: StaffAuth
  /** Every scene, task, step and mistake code the app can emit: ingest takes no other ids. */
  catalog: Catalog
}
