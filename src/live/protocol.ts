import { z } from 'zod'
import { localeSchema } from '../domain/locale-schema'
import { isSettingValue, SETTING_IDS, SETTINGS, type Settings } from '../domain/settings'
import { MODES, POSTURES } from '../domain/visit-options'
import { MAX_OPTIONS, MAX_VALUE_LENGTH } from '../tasks/field-value'
import { errandFileSchema } from '../errands/errand-file-schema'

/**
 * The live link between stations (visitor apps), the server and the staff console: one WebSocket per client at
 * {@link LIVE_PATH}, JSON text messages validated here on both ends. A connection says who it is with its
 * first message (`station-hello` or `staff-hello`) and keeps that role until it closes.
 */

/** Where the live link's WebSocket listens. */
export const LIVE_PATH = '/api/live'
/** Bumped when a message changes shape; a station or console with another version is refused. */
export const PROTOCOL_VERSION = 3

/** Tunables shared by server and clients, in one place. */
export const LIVE_TIMING = {
  /** How often a station streams its state and pose: about 10 Hz. */
  stateIntervalMs: 100,
  /** How often the server sends every connection a heartbeat. */
  heartbeatIntervalMs: 2000,
  /** A client that hears nothing for this long drops the connection and reconnects. */
  silenceTimeoutMs: 8000,
  /**
   * A station that sends nothing for this long is shown as disconnected: a lost network sends no close. A
   * closed connection shows at once; this only covers silent losses, with room for a busy headset's hiccups.
   */
  stationStaleMs: 5000,
  /** Staff receive station changes batched, at most this often (5 Hz). */
  staffUpdateIntervalMs: 200,
  /** Reconnect delays grow from this ceiling... */
  reconnectBaseMs: 500,
  /** ...up to this one, with full jitter. */
  reconnectMaxMs: 5000,
} as const

/** Messages longer than this (in UTF-8 bytes) are dropped. */
export const MAX_MESSAGE_BYTES = 16 * 1024
/**
 * The longest message from a logged-in console: a `preview-errand` command carries a whole errand file. A larger
 * file (up to the 256 KiB of a package) goes by `POST /api/staff/errands/preview` instead.
 */
export const MAX_STAFF_MESSAGE_BYTES = 180 * 1024
/** Frames longer than this close the connection that sent them, before they are buffered. */
export const MAX_FRAME_BYTES = 192 * 1024

const key = z.string().regex(/^[A-Za-z0-9._-]{1,80}$/, 'expected an id or text key')
const count = z.number().int().min(0).max(100_000)
/** The longest age a station reports; older starts are reported as this old. */
export const MAX_AGE_MS = 7 * 24 * 3600 * 1000
const ageMs = z.number().int().min(0).max(MAX_AGE_MS)
const coordinate = z.number().min(-10_000).max(10_000)
const vec3 = z.tuple([coordinate, coordinate, coordinate])
const quaternion = z.tuple([coordinate, coordinate, coordinate, coordinate])
const locale = localeSchema

/** A station's friendly name, e.g. "Headset 2": printable, 1 to 40 characters. */
export const stationNameSchema = z
  .string()
  .trim()
  .regex(/^[^\p{Cc}\p{Cf}]{1,40}$/u, 'expected 1 to 40 printable characters')
/** The short code a station shows in the lobby, so staff can tell which headset is which. */
export const pairingCodeSchema = z.string().regex(/^\d{4}$/, 'expected four digits')
/** The server's proof that staff approved a station, kept on the device (an HMAC of its id and secret). */
export const approvalSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'expected an approval from the server')
const stationId = z.uuid()
const fieldText = z.string().max(MAX_VALUE_LENGTH)
const fieldValues = z
  .record(key, z.union([fieldText, z.array(fieldText).max(MAX_OPTIONS).readonly()]))
  .refine((values) => Object.keys(values).length <= 16, 'at most 16 fields')

/** Where the visitor looks and points, in world metres: the spectator view's camera and rays. */
export const poseSchema = z.strictObject({
  head: z.strictObject({ position: vec3, quaternion }),
  rays: z
    .array(z.strictObject({ hand: z.enum(['left', 'right', 'none']), origin: vec3, direction: vec3 }))
    .max(4),
})
export type Pose = z.infer<typeof poseSchema>

/** The task a station runs, as the console shows and mirrors it. */
export const stationTaskSchema = z.strictObject({
  id: key,
  status: z.enum(['running', 'completed', 'abandoned']),
  stepIndex: count,
  stepCount: count,
  stepId: key.nullable(),
  stepTextKey: key.nullable(),
  hints: count,
  mistakes: count,
  stepHints: count,
  stepMistakes: count,
  hint: z.strictObject({ textKey: key, reason: z.enum(['idle', 'mistakes', 'staff', 'request']) }).nullable(),
  feedback: z.strictObject({ code: key, textKey: key }).nullable(),
  guided: z.boolean(),
  waitingForStaff: z.boolean(),
  /** Values the task accepted so far (practice numbers from the bill, never personal data). */
  values: fieldValues,
})
export type StationTask = z.infer<typeof stationTaskSchema>

/** Kiosk behaviour: whether idle visitors are reset, and what the station shows about it now. */
export const kioskStatusSchema = z.strictObject({
  enabled: z.boolean(),
  /** `prompt`: "Are you still there?"; `attract`: the welcome screen after a reset. */
  phase: z.enum(['active', 'prompt', 'attract']),
})
export type KioskStatus = z.infer<typeof kioskStatusSchema>

/** The visitor's display and sound settings, as the console shows and changes them. */
export const settingsSchema = z.strictObject({
  textSize: z.enum(SETTINGS.textSize.values),
  contrast: z.enum(SETTINGS.contrast.values),
  reduceMotion: z.enum(SETTINGS.reduceMotion.values),
  narration: z.enum(SETTINGS.narration.values),
}) satisfies z.ZodType<Settings>

/** Everything a station tells the console about itself, apart from times and pose. */
export const stationStateSchema = z.strictObject({
  name: stationNameSchema,
  pairingCode: pairingCodeSchema,
  mode: z.enum(MODES),
  xrPresenting: z.boolean(),
  /** Whether the visitor has chosen VR or the screen yet. */
  entered: z.boolean(),
  locale,
  posture: z.enum(POSTURES),
  settings: settingsSchema,
  scene: key,
  /** The visit's random id: a reset starts a new one. */
  sessionId: z.uuid(),
  guided: z.boolean(),
  task: stationTaskSchema.nullable(),
  /** What the visitor has typed, by field (practice numbers only). */
  entries: fieldValues,
  heldItem: key.nullable(),
  kiosk: kioskStatusSchema,
  /** The visitor pressed "Call staff" and nobody has answered yet. */
  helpRequested: z.boolean(),
  /** The station asks how sure the visitor is, before and after each task. */
  askConfidence: z.boolean(),
})
export type StationState = z.infer<typeof stationStateSchema>

/** How long ago things started on the station's own clock; the server turns them into times on its clock. */
export const stationClockSchema = z.strictObject({
  sessionAgeMs: ageMs,
  taskAgeMs: ageMs.nullable(),
  stepAgeMs: ageMs.nullable(),
})
export type StationClock = z.infer<typeof stationClockSchema>

/** What staff can ask a station to do. Each maps to one store action, run with `source: 'staff'`. */
export const staffCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start-task'), taskId: key, locale }),
  z.strictObject({ type: z.literal('hint') }),
  z.strictObject({ type: z.literal('skip') }),
  z.strictObject({ type: z.literal('back') }),
  z.strictObject({ type: z.literal('restart') }),
  z.strictObject({ type: z.literal('set-locale'), locale }),
  z.strictObject({ type: z.literal('set-guided'), guided: z.boolean() }),
  /** Change one of the visitor's display and sound settings (text size, contrast, motion, narration). */
  z
    .strictObject({ type: z.literal('set-setting'), setting: z.enum(SETTING_IDS), value: z.string().max(16) })
    .refine((command) => isSettingValue(command.setting, command.value), {
      message: 'not a value this setting has',
      path: ['value'],
    }),
  /** Guided mode: let the visitor go on to the next step. */
  z.strictObject({ type: z.literal('next') }),
  /** End the visit and reset for the next visitor. */
  z.strictObject({ type: z.literal('reset') }),
  z.strictObject({ type: z.literal('rename'), name: stationNameSchema }),
  /** Staff answer a visitor's call for help: "I'm coming". */
  z.strictObject({ type: z.literal('ack-help') }),
  /** Turns the confidence question before and after each task on or off for this station. */
  z.strictObject({ type: z.literal('set-confidence'), ask: z.boolean() }),
  /**
   * Try a draft errand (one file, `digidel-errand/1`) on this station now, as a preview: its events are marked
   * `preview` and never counted. The server checks the file first, as it would for publishing.
   */
  z.strictObject({ type: z.literal('preview-errand'), file: errandFileSchema }),
  /** End the preview: back to the lobby, a fresh visit. */
  z.strictObject({ type: z.literal('end-preview') }),
])
export type StaffCommand = z.infer<typeof staffCommandSchema>

// Client → server.

export const stationHelloSchema = z.strictObject({
  type: z.literal('station-hello'),
  protocol: z.literal(PROTOCOL_VERSION),
  stationId,
  /** Kept on the device with the id; proves a reconnecting station is the same one. Never sent to staff. */
  secret: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, 'expected 16 to 128 URL-safe characters'),
  pairingCode: pairingCodeSchema,
  /** Given when staff approved this station; without a valid one the station waits for approval. */
  approval: approvalSchema.optional(),
})
export const stationStateMessageSchema = z.strictObject({
  type: z.literal('station-state'),
  state: stationStateSchema,
  clock: stationClockSchema,
  pose: poseSchema.nullable(),
})
export const staffHelloSchema = z.strictObject({
  type: z.literal('staff-hello'),
  protocol: z.literal(PROTOCOL_VERSION),
  token: z.string().min(1).max(256),
})
export const staffCommandMessageSchema = z.strictObject({
  type: z.literal('staff-command'),
  stationId,
  command: staffCommandSchema,
})
/** Staff choose one station (or none) whose pose they receive for the spectator view. */
export const spectateMessageSchema = z.strictObject({
  type: z.literal('spectate'),
  stationId: stationId.nullable(),
})
/** Staff approve the station that shows this code in its lobby. */
export const approveStationMessageSchema = z.strictObject({
  type: z.literal('approve-station'),
  pairingCode: pairingCodeSchema,
})

/** Every message a client may send; which ones a connection may send depends on its role. */
export const clientMessageSchema = z.discriminatedUnion('type', [
  stationHelloSchema,
  stationStateMessageSchema,
  staffHelloSchema,
  staffCommandMessageSchema,
  spectateMessageSchema,
  approveStationMessageSchema,
])
export type ClientMessage = z.infer<typeof clientMessageSchema>
export type StationHello = z.infer<typeof stationHelloSchema>
export type StationStateMessage = z.infer<typeof stationStateMessageSchema>

// Server → client.

/** One station as the console lists it. Times are on the server's clock, in ms since the epoch. */
export const stationSummarySchema = z.strictObject({
  id: stationId,
  connected: z.boolean(),
  /** When the connection was lost, or null while connected. */
  disconnectedAt: z.number().nullable(),
  state: stationStateSchema,
  startedAt: z.strictObject({
    session: z.number(),
    task: z.number().nullable(),
    step: z.number().nullable(),
  }),
})
export type StationSummary = z.infer<typeof stationSummarySchema>

const heartbeatSchema = z.strictObject({ type: z.literal('heartbeat'), serverNow: z.number() })
const rejectedSchema = z.strictObject({ type: z.literal('rejected'), reason: z.string().max(200) })
/**
 * Staff published, rolled back or unpublished an authored errand: fetch `GET /api/errands` again. Sent to every
 * station (approved or waiting) and every console.
 */
const errandsChangedSchema = z.strictObject({ type: z.literal('errands-changed') })

export const serverToStationSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('station-welcome'),
    /** Seconds without input or head movement before the station asks "Are you still there?". */
    idleSeconds: z.number().int().min(1).max(86_400),
    /** The code the station must show: its own, unless another station already had it. */
    pairingCode: pairingCodeSchema,
    /** False while staff have not approved the station: it shows its code and sends no state. */
    approved: z.boolean(),
  }),
  /** Staff approved the station: it keeps the approval and is welcomed again, approved. */
  z.strictObject({ type: z.literal('station-approved'), approval: approvalSchema }),
  z.strictObject({ type: z.literal('command'), command: staffCommandSchema }),
  errandsChangedSchema,
  heartbeatSchema,
  rejectedSchema,
])
export type ServerToStation = z.infer<typeof serverToStationSchema>

export const serverToStaffSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('staff-welcome'), idleSeconds: z.number().int().min(1) }),
  z.strictObject({
    type: z.literal('stations'),
    serverNow: z.number(),
    stations: z.array(stationSummarySchema),
  }),
  /** What changed since the last list or change, at most every `staffUpdateIntervalMs`. */
  z.strictObject({
    type: z.literal('stations-changed'),
    serverNow: z.number(),
    changed: z.array(stationSummarySchema),
    /** Stations the server forgot. */
    removed: z.array(stationId),
  }),
  z.strictObject({ type: z.literal('pose'), stationId, pose: poseSchema }),
  /** The answer to `approve-station`. */
  z.strictObject({
    type: z.literal('pairing'),
    pairingCode: pairingCodeSchema,
    outcome: z.enum(['approved', 'not-found', 'full']),
  }),
  /**
   * The token was missing, wrong or has expired, or came over plain HTTP from another machine (`insecure`):
   * log in again. The server closes the connection.
   */
  z.strictObject({
    type: z.literal('auth-failed'),
    reason: z.enum(['unauthenticated', 'expired', 'insecure']),
  }),
  errandsChangedSchema,
  heartbeatSchema,
  rejectedSchema,
])
export type ServerToStaff = z.infer<typeof serverToStaffSchema>

/** Close codes the server uses (4000 to 4999 are free for applications). */
export const CLOSE_CODES = {
  authFailed: 4401,
  stationIdTaken: 4409,
  replaced: 4410,
  /** A station waiting for approval made room for a newer one. */
  evicted: 4411,
  noHello: 4408,
  /** The connection sent too many invalid messages, or too many messages. */
  tooManyMessages: 4429,
  /** The client reads too slowly: more than a megabyte waits to be sent to it. */
  slowReader: 4503,
  stale: 4504,
} as const

/** A parsed message, or why it was dropped. */
export type Parsed<T> = { ok: true; message: T } | { ok: false; reason: string }

/** Parses one text message against a schema; never throws. */
export function parseMessage<T>(schema: z.ZodType<T>, text: string): Parsed<T> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'not JSON' }
  }
  const result = schema.safeParse(value)
  if (result.success) return { ok: true, message: result.data }
  return { ok: false, reason: describeIssues(result.error.issues) }
}

/** A short, log-safe reason: the first issue's path and message, never the value itself. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0]
  if (!first) return 'invalid'
  const path = first.path.map(String).join('.')
  return `${path === '' ? 'message' : path}: ${first.message}`.slice(0, 200)
}
