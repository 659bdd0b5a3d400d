import type { Selectable } from 'kysely'
import { telemetryEventSchema } from '../../telemetry/event-schema'
import type { TelemetryEvent } from '../../telemetry/event-schema'
import type { EventsTable } from './schema'

/** A stored event as read back. */
export type EventRow = Selectable<EventsTable>

/**
 * The value stats group an event by, beyond its type: a mistake's code, a hint's reason (`staff` marks help from
 * staff), why a task or session ended, which setting changed, `skipped` for a step that staff skipped, the errand a
 * visitor wishes to practise next.
 */
export function detailOf(event: TelemetryEvent): string | null {
  switch (event.type) {
    case 'mistake':
      return event.payload.code
    case 'hint_shown':
    case 'task_abandoned':
    case 'session_ended':
      return event.payload.reason
    case 'setting_changed':
      return event.payload.setting
    case 'step_completed':
      return event.payload.skipped ? 'skipped' : null
    case 'practice_wished':
      return event.payload.wish
    default:
      return null
  }
}

/** Columns of one validated event; `ts` must already be normalised to UTC. */
export function eventToRow(
  event: TelemetryEvent,
  receivedAt: string,
  seq: number,
  siteId: string,
): EventsTable {
  const { payload } = event
  return {
    id: event.id,
    session_id: event.sessionId,
    ts: event.ts,
    type: event.type,
    scene: event.scene,
    task: event.task,
    step: event.step,
    step_index: 'stepIndex' in payload ? payload.stepIndex : null,
    duration_ms: 'durationMs' in payload ? payload.durationMs : null,
    step_count: 'stepCount' in payload ? payload.stepCount : null,
    mode: event.mode,
    locale: event.locale,
    app_version: event.appVersion,
    source: event.source,
    payload: JSON.stringify(payload),
    received_at: receivedAt,
    seq,
    site_id: siteId,
    detail: detailOf(event),
  }
}

/**
 * The event a row holds, checked against the shared schema again so that a row written by an older version
 * never reaches a reader in a shape the types do not promise. Returns null for such a row.
 */
export function rowToEvent(row: EventRow): TelemetryEvent | null {
  let payload: unknown
  try {
    payload = JSON.parse(row.payload)
  } catch {
    return null
  }
  const parsed = telemetryEventSchema.safeParse({
    id: row.id,
    sessionId: row.session_id,
    ts: row.ts,
    type: row.type,
    scene: row.scene,
    task: row.task,
    step: row.step,
    mode: row.mode,
    locale: row.locale,
    appVersion: row.app_version,
    source: row.source,
    payload,
  })
  return parsed.success ? parsed.data : null
}
