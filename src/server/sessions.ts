import { sql } from 'kysely'
import type { TelemetryEvent } from '../telemetry/event-schema'
import { inRange } from './date-range'
import type { DateRange } from './date-range'
import { rowToEvent } from './db/event-rows'
import type { Db } from './db/schema'

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

/** Every session with events in the range, newest first (by its first event). */
export async function listSessions(db: Db, range: DateRange): Promise<SessionSummary[]> {
  const rows = await db
    .selectFrom('events')
    .where(inRange('events.ts', range))
    .groupBy('events.session_id')
    .select((eb) => [
      'events.session_id as sessionId',
      eb.fn.min('events.ts').as('firstTs'),
      eb.fn.max('events.ts').as('lastTs'),
      eb.fn.countAll().as('eventCount'),
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
        .where(inRange('latest.ts', range))
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
    mode: Number(row.usedVr) > 0 ? 'vr' : 'desktop',
    locale: row.locale ?? '',
    eventCount: Number(row.eventCount),
    tasksStarted: Number(row.tasksStarted),
    tasksCompleted: Number(row.tasksCompleted),
  }))
}

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
