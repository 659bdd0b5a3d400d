import { z } from 'zod'
import { localeSchema } from '../domain/locale-schema'
import { MODES, POSTURES } from '../domain/visit-options'
import {
  CONFIDENCE_PHASES,
  CONFIDENCE_VALUES,
  MAX_HARDEST_STEPS,
  TRY_REAL_ANSWERS,
  UNCLEAR_REASONS,
} from '../domain/survey-answers'
import { PRACTICE_WISHES } from '../domain/practice-wishes'
import { SETTINGS } from '../domain/settings'
import { telemetryIdSchema } from './telemetry-id'

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
  'confidence_rated',
  'feedback_given',
  'practice_wished',
  'help_requested',
] as const

export type EventType = (typeof EVENT_TYPES)[number]

const count = z.number().int().min(0).max(1_000_000)
const durationMs = z
  .number()
  .int()
  .min(0)
  .max(7 * 24 * 3600 * 1000)

/**
 * A setting and its new value, one shape per setting, each value from where that setting is defined. A
 * station's name is typed by a person, so it is never telemetry.
 */
const settingChange = z.discriminatedUnion('setting', [
  z.strictObject({ setting: z.literal('locale'), value: localeSchema }),
  z.strictObject({ setting: z.literal('posture'), value: z.enum(POSTURES) }),
  z.strictObject({ setting: z.literal('guided'), value: z.enum(['true', 'false']) }),
  z.strictObject({ setting: z.literal('mode'), value: z.enum(MODES) }),
  /** Whether the station asks how sure the visitor is before and after a task (staff set it). */
  z.strictObject({ setting: z.literal('confidence'), value: z.enum(['true', 'false']) }),
  /** The visitor's display and sound settings, by their telemetry names (`text_size`, ...). */
  z.strictObject({
    setting: z.literal(SETTINGS.textSize.telemetry),
    value: z.enum(SETTINGS.textSize.values),
  }),
  z.strictObject({
    setting: z.literal(SETTINGS.contrast.telemetry),
    value: z.enum(SETTINGS.contrast.values),
  }),
  z.strictObject({
    setting: z.literal(SETTINGS.reduceMotion.telemetry),
    value: z.enum(SETTINGS.reduceMotion.values),
  }),
  z.strictObject({
    setting: z.literal(SETTINGS.narration.telemetry),
    value: z.enum(SETTINGS.narration.values),
  }),
])

/** An app version such as `0.1.0` or `1.2.3-rc1`: too short and too rigid to carry a name or a personal number. */
const appVersion = z
  .string()
  .regex(/^\d{1,3}\.\d{1,3}\.\d{1,3}(?:-[a-z0-9]{1,12})?$/, 'expected a version such as 1.2.3')

/** Typed payload for each event type. */
export const PAYLOAD_SCHEMAS = {
  session_started: z.strictObject({
    /** Seated or standing, as chosen in the lobby. @default 'standing' */
    posture: z.enum(POSTURES).optional(),
  }),
  session_ended: z.strictObject({
    reason: z.enum(['reset', 'idle', 'unload', 'staff']),
    durationMs,
  }),
  setting_changed: settingChange,
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
    code: telemetryIdSchema,
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
  /** "How sure are you that you could do this on your own?", before or after the task named in `task`. */
  confidence_rated: z.strictObject({
    phase: z.enum(CONFIDENCE_PHASES),
    value: z.union(CONFIDENCE_VALUES.map((value) => z.literal(value))),
  }),
  /** What the visitor told the city about the task named in `task`: chosen from chips, never typed. */
  feedback_given: z.strictObject({
    hardest: z.array(telemetryIdSchema).max(MAX_HARDEST_STEPS),
    unclear: z.array(z.enum(UNCLEAR_REASONS)).max(UNCLEAR_REASONS.length),
    tryReal: z.enum(TRY_REAL_ANSWERS).nullable(),
  }),
  /**
   * "What would you like to practise next?", asked with the feedback at the end of the task named in `task`: one
   * errand of the list on offer (or `something-else`), chosen from chips, never typed.
   */
  practice_wished: z.strictObject({
    wish: z.enum(PRACTICE_WISHES),
  }),
  /** The visitor called for staff ("Help, please"). */
  help_requested: z.strictObject({}),
} as const satisfies Record<EventType, z.ZodType>

/** Fields every event carries, whatever its type. */
const envelope = {
  /** A UUID made by the client; the server stores each id once. */
  id: z.uuid(),
  /** A random UUID per visit, never tied to a person or device. */
  sessionId: z.uuid(),
  /** When it happened, as an ISO 8601 timestamp with time zone. */
  ts: z.iso.datetime({ offset: true }),
  /** Ids of the scene, task and step: see `TELEMETRY_ID_PATTERN`. */
  scene: telemetryIdSchema,
  task: telemetryIdSchema.nullable(),
  step: telemetryIdSchema.nullable(),
  mode: z.enum(MODES),
  /** One of the app's languages. */
  locale: localeSchema,
  appVersion,
  /** Who caused it: the visitor's own input or a staff command. @default 'visitor' */
  source: z.enum(['visitor', 'staff']).default('visitor'),
  /**
   * Set on every event of a preview: staff trying a draft errand on a station. The server takes such events and
   * keeps none of them, so a preview never counts in the statistics, the report or the exports.
   */
  preview: z.literal(true).optional(),
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
  eventOf('confidence_rated'),
  eventOf('feedback_given'),
  eventOf('practice_wished'),
  eventOf('help_requested'),
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
  /** Events taken now: stored, or a preview's (taken and never kept). */
  accepted: number
  /** Events whose id was already stored: not stored twice. */
  duplicates: number
  /** Events refused, by their index in the batch, with a reason. */
  rejected: { index: number; reason: string }[]
}
