import type { Catalog } from './catalog'
import type { ServerConfig } from './config'
import type { EventStore } from './db/event-store'
import type { ErrandService } from './errands/errand-service'
import type { ClipMaker } from './errands/narration-clips'
import type { StationRelay } from './live/station-relay'
import type { Db } from './db/schema'
import type { StaffAuth } from './staff-auth'

/**
 * What every feature plugin is given as its options: the effective configuration, the Kysely database, the
 * event store the ingest writes through, and the staff authentication (a WebSocket plugin checks staff tokens
 * with `staffAuth.verify`).
 */
export interface AppDeps {
  config: ServerConfig
  db: Db
  events: EventStore
  staffAuth: StaffAuth
  /** Every scene, task, step and mistake code the app can emit: ingest takes no other ids. */
  catalog: Catalog
  /** Authored errands: their versions, what is published, and the news of a change for the live link. */
  errands: ErrandService
  /** Staff commands from HTTP routes to connected stations (a preview), through the live link. */
  stations: StationRelay
  /** The eSpeak NG clips made for published errands' texts, served beside the build's. */
  clips: ClipMaker
}
