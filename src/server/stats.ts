import { sql } from 'kysely'
import type { ExpressionBuilder } from 'kysely'
import { CONFIDENCE_EVENT, FEEDBACK_EVENT } from '../stats/confidence'
import type { VisitorVoiceRow } from '../stats/confidence'
import { taskStats } from '../stats/task-stats'
import type { TaskCounts } from '../stats/task-stats'
import type { Stats } from '../stats/types'
import { visitsByDay } from '../stats/visits'
import type { DatabaseSchema, Db } from './db/schema'
import { matchesFilter } from './event-filter'
import type { EventFilter } from './event-filter'
import { listSessions } from './sessions'

// The SQL layer of the stats: it counts, and the plain functions in src/stats/ do the arithmetic. Aggregates are
// typed as numbers because the PostgreSQL driver returns int8 as numbers (db/open-postgres.ts) and SQLite does.

const TASK_END_TYPES = ['task_started', 'task_completed', 'task_abandoned'] as const
/** Events that show a visit was on a step. */
const ON_STEP_TYPES = ['step_started', 'step_completed', 'hint_shown', 'mistake', 'task_abandoned'] as const

const isStaffHint = sql<boolean>`type = 'hint_shown' and (coalesce(detail, '') = 'staff' or source = 'staff')`
const isVisitorHint = sql<boolean>`type = 'hint_shown' and coalesce(detail, '') <> 'staff' and source <> 'staff'`

/** What a visit's row on a step says: visits that fared alike there are counted together. */
const VISIT_OUTCOME = [
  'visit.task',
  'visit.step_index',
  'visit.completed',
  'visit.skipped',
  'visit.visitor_hints',
  'visit.staff_hints',
] as const

/** How many events (`n`), and how many visits (distinct sessions) had them. */
const eventsAndVisits = (eb: ExpressionBuilder<DatabaseSchema, 'events'>) =>
  [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('session_id').distinct().as('visits')] as const

/** Aggregates the events the filter covers into what staff and the city need to judge the tasks. */
export async function computeStats(db: Db, filter: EventFilter): Promise<Stats> {
  const where = matchesFilter(filter)
  const events = db.selectFrom('events').where(where).where('task', 'is not', null)
  const [sessions, taskRows, stepCountRows, stepRows, groupRows, durationRows, mistakeRows, voiceRows] =
    await Promise.all([
      listSessions(db, filter),
      events
        .where('type', 'in', TASK_END_TYPES)
        .groupBy(['task', 'type'])
        .select((eb) => ['task', 'type', ...eventsAndVisits(eb)])
        .execute(),
      events
        .where('step_count', 'is not', null)
        .groupBy('task')
        .select((eb) => ['task', eb.fn.max<number>('step_count').as('stepCount')])
        .execute(),
      events
        .where('type', 'in', ON_STEP_TYPES)
        .where('step_index', 'is not', null)
        .groupBy(['task', 'step_index', 'type'])
        .select((eb) => [
          'task',
          'step_index',
          'type',
          eb.fn.max('step').as('step'),
          eb.fn.countAll<number>().as('n'),
        ])
        .execute(),
      // How each visit fared on each step, then how many visits fared alike.
      db
        .selectFrom(
          events
            .where('type', 'in', ON_STEP_TYPES)
            .where('step_index', 'is not', null)
            .groupBy(['task', 'session_id', 'step_index'])
            .select([
              'task',
              'step_index',
              sql<number>`max(case when type = 'step_completed' then 1 else 0 end)`.as('completed'),
              sql<number>`max(case when type = 'step_completed' and detail = 'skipped' then 1 else 0 end)`.as(
                'skipped',
              ),
              sql<number>`sum(case when ${isVisitorHint} then 1 else 0 end)`.as('visitor_hints'),
              sql<number>`sum(case when ${isStaffHint} then 1 else 0 end)`.as('staff_hints'),
            ])
            .as('visit'),
        )
        .groupBy([...VISIT_OUTCOME])
        .select((eb) => [...VISIT_OUTCOME, eb.fn.countAll<number>().as('visits')])
        .execute(),
      events
        .where('type', 'in', ['task_completed', 'step_completed'])
        .where('duration_ms', 'is not', null)
        .where(sql<boolean>`coalesce(detail, '') <> 'skipped'`)
        .select(['task', 'step_index', 'type', 'duration_ms'])
        .execute(),
      events
        .where('type', '=', 'mistake')
        .where('step_index', 'is not', null)
        .groupBy(['task', 'step_index', 'detail'])
        .select((eb) => ['task', 'step_index', 'detail', ...eventsAndVisits(eb)])
        .execute(),
      events
        .where('type', 'in', [CONFIDENCE_EVENT, FEEDBACK_EVENT])
        .orderBy('ts')
        .orderBy('seq')
        .select(['task', 'session_id', 'type', 'payload'])
        .execute(),
    ])

  const counts = new Map<string, TaskCounts>()
  const countsOf = (task: string): TaskCounts => {
    let entry = counts.get(task)
    if (entry === undefined) {
      entry = {
        task,
        events: { started: 0, completed: 0, abandoned: 0 },
        visits: { started: 0, completed: 0, abandoned: 0 },
        stepCount: 0,
        stepEvents: [],
        visitGroups: [],
        taskDurations: [],
        stepDurations: [],
        mistakes: [],
        voice: [],
      }
      counts.set(task, entry)
    }
    return entry
  }

  for (const row of taskRows) {
    if (row.task === null) continue
    const entry = countsOf(row.task)
    const key =
      row.type === 'task_started' ? 'started' : row.type === 'task_completed' ? 'completed' : 'abandoned'
    entry.events[key] = row.n
    entry.visits[key] = row.visits
  }
  for (const row of stepCountRows) {
    if (row.task !== null) countsOf(row.task).stepCount = row.stepCount ?? 0
  }
  const stepEvents = new Map<string, TaskCounts['stepEvents'][number]>()
  for (const row of stepRows) {
    if (row.task === null || row.step_index === null) continue
    const key = `${row.task}\u0000${row.step_index}`
    let step = stepEvents.get(key)
    if (step === undefined) {
      step = { stepIndex: row.step_index, step: null, hints: 0, mistakes: 0, abandoned: 0 }
      stepEvents.set(key, step)
      countsOf(row.task).stepEvents.push(step)
    }
    // Steps are named by their events; the first type to name one wins (they agree unless a task file changed).
    step.step ??= row.step
    if (row.type === 'hint_shown') step.hints += row.n
    else if (row.type === 'mistake') step.mistakes += row.n
    else if (row.type === 'task_abandoned') step.abandoned += row.n
  }
  for (const row of groupRows) {
    if (row.task === null || row.step_index === null) continue
    countsOf(row.task).visitGroups.push({
      stepIndex: row.step_index,
      completed: row.completed > 0,
      skipped: row.skipped > 0,
      visitorHints: row.visitor_hints,
      staffHints: row.staff_hints,
      visits: row.visits,
    })
  }
  for (const row of durationRows) {
    if (row.task === null || row.duration_ms === null) continue
    const entry = countsOf(row.task)
    if (row.type === 'task_completed') entry.taskDurations.push(row.duration_ms)
    else if (row.step_index !== null)
      entry.stepDurations.push({ stepIndex: row.step_index, durationMs: row.duration_ms })
  }
  for (const row of mistakeRows) {
    if (row.task === null || row.step_index === null) continue
    countsOf(row.task).mistakes.push({
      stepIndex: row.step_index,
      code: row.detail ?? '',
      count: row.n,
      visits: row.visits,
    })
  }
  for (const row of voiceRows) {
    if (row.task === null) continue
    const voice: VisitorVoiceRow = {
      task: row.task,
      sessionId: row.session_id,
      type: row.type,
      payload: row.payload,
    }
    countsOf(row.task).voice.push(voice)
  }

  const byLocale: Record<string, number> = {}
  const byMode = { vr: 0, desktop: 0 }
  for (const session of sessions) {
    byMode[session.mode] += 1
    byLocale[session.locale] = (byLocale[session.locale] ?? 0) + 1
  }

  return {
    from: filter.range.from,
    to: filter.range.to,
    site: filter.site,
    task: filter.task,
    sessions: { total: sessions.length, byMode, byLocale },
    days: visitsByDay(sessions, filter.range.from, filter.range.to),
    // Task ids are lower-case ASCII: ordered the same way in every database and locale.
    tasks: [...counts.values()].sort((a, b) => (a.task < b.task ? -1 : 1)).map(taskStats),
  }
}
