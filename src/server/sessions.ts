import { sql } from 'kysely'
import type { TelemetryEvent } from '../telemetry/event-schema'
import { rowToEvent } from './db/event-rows'
import type { Db } from './db/schema'
import { matchesFilter } from './event-filter'
import type { EventFilter } from './event-filter'

/** One visit as staff see it in the sessions list. */
export interface SessionSummary {
  sessionId: string
  firstTs: string
  lastTs: string
  /** `vr` when any event of the visit was in VR, else `desktop`. */
  mode: 'vr' | 'desktop'
  /** The language of the visit's latest event: the one the visitor ended up using. */
  locale: string
  eventCount: number
  tasksStarted: number
  tasksCompleted: number
}

/**
 * Every session with events the filter covers, newest first (by its first event). With a task in the filter, the
 * sessions that have events of that task, summarised over all their events in the range and site.
 */
export async function listSessions(db: Db, filter: EventFilter): Promise<SessionSummary[]> {
  const scope: EventFilter = { ...filter, task: null }
  const rows = await db
    .selectFrom('events')
    .where(matchesFilter(scope, EVENTS))
    .$if(filter.task !== null, (query) =>
      query.where('events.session_id', 'in', (eb) =>
        eb.selectFrom('events as own').select('own.session_id').where(matchesFilter(filter, OWN)),
      ),
    )
    .groupBy('events.session_id')
    .select((eb) => [
      'events.session_id as sessionId',
      eb.fn.min('events.ts').as('firstTs'),
      eb.fn.max('events.ts').as('lastTs'),
      eb.fn.countAll<number>().as('eventCount'),
      sql<number>`max(case when ${sql.ref('events.mode')} = 'vr' then 1 else 0 end)`.as('usedVr'),
      sql<number>`sum(case when ${sql.ref('events.type')} = 'task_started' then 1 else 0 end)`.as(
        'tasksStarted',
      ),
      sql<number>`sum(case when ${sql.ref('events.type')} = 'task_completed' then 1 else 0 end)`.as(
        'tasksCompleted',
      ),
      eb
        .selectFrom('events as latest')
        .select('latest.locale')
        .whereRef('latest.session_id', '=', 'events.session_id')
        .where(matchesFilter(scope, LATEST))
        .orderBy('latest.ts', 'desc')
        .orderBy('latest.seq', 'desc')
        .limit(1)
        .as('locale'),
    ])
    .orderBy('firstTs', 'desc')
    .orderBy('sessionId')
    .execute()

  return rows.map((row) => ({
    sessionId: row.sessionId,
    firstTs: row.firstTs,
    lastTs: row.lastTs,
    mode: row.usedVr > 0 ? 'vr' : 'desktop',
    locale: row.locale ?? '',
    eventCount: row.eventCount,
    tasksStarted: row.tasksStarted,
    tasksCompleted: row.tasksCompleted,
  }))
}

const EVENTS = { ts: 'events.ts', site: 'events.site_id', task: 'events.task' }
const OWN = { ts: 'own.ts', site: 'own.site_id', task: 'own.task' }
const LATEST = { ts: 'latest.ts', site: 'latest.site_id', task: 'latest.task' }

/** One session's events in the order they happened (ties broken by arrival order). */
export async function sessionEvents(db: Db, sessionId: string): Promise<TelemetryEvent[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('ts')
    .orderBy('seq')
    .execute()
  return rows.map(rowToEvent).filter((event) => event !== null)
}
