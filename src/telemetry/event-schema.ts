import { z } from 'zod'
import { isSettingValue, SETTING_IDS, SETTINGS, settingOfTelemetryName } from '../state/settings'

/**
 * The one telemetry event schema, imported by the browser client and the Node API alike.
 * Nothing here may identify a person or a device: the session id is a random UUID per visit.
 */

/** Every event type: the task engine's, plus the session's own. */
export const EVENT_TYPES = [
  'session_started',
  'session_ended',
  'setting_changed',
  'task_started',
  'step_started',
  'step_completed',
  'hint_shown',
  'mistake',
  'task_completed',
  'task_abandoned',
] as const

export type EventType = (typeof EVENT_TYPES)[number]

const count = z.number().int().min(0).max(1_000_000)
const durationMs = z
  .number()
  .int()
  .min(0)
  .max(7 * 24 * 3600 * 1000)
const shortText = z.string().min(1).max(64)

/** Typed payload for each event type. */
export const PAYLOAD_SCHEMAS = {
  session_started: z.strictObject({
    /** Seated or standing, as chosen in the lobby. @default 'standing' */
    posture: z.enum(['seated', 'standing']).optional(),
  }),
  session_ended: z.strictObject({
    reason: z.enum(['reset', 'idle', 'unload', 'staff']),
    durationMs,
  }),
  setting_changed: z
    .strictObject({
      setting: z.enum([
        'locale',
        'posture',
        'guided',
        'mode',
        'station_name',
        ...SETTING_IDS.map((id) => SETTINGS[id].telemetry),
      ]),
      value: z.string().max(64),
    })
    .refine(
      ({ setting, value }) => {
        const display = settingOfTelemetryName(setting)
        return display === undefined || isSettingValue(display, value)
      },
      { message: 'not a value this setting has', path: ['value'] },
    ),
  task_started: z.strictObject({
    stepCount: count,
  }),
  step_started: z.strictObject({
    stepIndex: count,
    stepCount: count,
  }),
  step_completed: z.strictObject({
    stepIndex: count,
    durationMs,
    hints: count,
    mistakes: count,
    skipped: z.boolean(),
  }),
  hint_shown: z.strictObject({
    stepIndex: count,
    hintIndex: count,
    reason: z.enum(['idle', 'mistakes', 'staff', 'request']),
  }),
  mistake: z.strictObject({
    stepIndex: count,
    code: shortText,
  }),
  task_completed: z.strictObject({
    durationMs,
    stepCount: count,
    hints: count,
    mistakes: count,
  }),
  task_abandoned: z.strictObject({
    durationMs,
    stepIndex: count,
    reason: z.enum(['restart', 'reset', 'left', 'idle', 'staff', 'switched']),
    hints: count,
    mistakes: count,
  }),
} as const satisfies Record<EventType, z.ZodType>

/** Fields every event carries, whatever its type. */
const envelope = {
  /** A UUID made by the client; the server stores each id once. */
  id: z.uuid(),
  /** A random UUID per visit, never tied to a person or device. */
  sessionId: z.uuid(),
  /** When it happened, as an ISO 8601 timestamp with time zone. */
  ts: z.iso.datetime({ offset: true }),
  scene: shortText,
  task: shortText.nullable(),
  step: shortText.nullable(),
  mode: z.enum(['vr', 'desktop']),
  locale: z.string().min(2).max(16),
  appVersion: z.string().min(1).max(32),
  /** Who caused it: the visitor's own input or a staff command. @default 'visitor' */
  source: z.enum(['visitor', 'staff']).default('visitor'),
}

function eventOf<T extends EventType>(type: T) {
  return z.strictObject({ ...envelope, type: z.literal(type), payload: PAYLOAD_SCHEMAS[type] })
}

export const telemetryEventSchema = z.discriminatedUnion('type', [
  eventOf('session_started'),
  eventOf('session_ended'),
  eventOf('setting_changed'),
  eventOf('task_started'),
  eventOf('step_started'),
  eventOf('step_completed'),
  eventOf('hint_shown'),
  eventOf('mistake'),
  eventOf('task_completed'),
  eventOf('task_abandoned'),
])

/** A validated telemetry event. */
export type TelemetryEvent = z.output<typeof telemetryEventSchema>
/** An event as a client may send it (source may be left out). */
export type TelemetryEventInput = z.input<typeof telemetryEventSchema>
/** The payload of one event type. */
export type PayloadOf<T extends EventType> = z.output<(typeof PAYLOAD_SCHEMAS)[T]>

/** Limits of one ingest batch. */
export const BATCH_LIMITS = { minEvents: 1, maxEvents: 500 } as const

/** The answer of `POST /api/events`. */
export interface IngestResponse {
  /** Events stored now. */
  accepted: number
  /** Events whose id was already stored: not stored twice. */
  duplicates: number
  /** Events refused, by their index in the batch, with a reason. */
  rejected: { index: number; reason: string }[]
}
