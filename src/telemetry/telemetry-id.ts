import { z } from 'zod'

/**
 * The one shape of every id telemetry carries (scene, task, step, mistake code): lower-case letters, digits and
 * dashes, 1 to 64 of them. No spaces, capitals, dots or `@`, so neither a name nor an e-mail address fits.
 * Task files use the same definition, so anything a task can emit passes ingest.
 */
export const TELEMETRY_ID_PATTERN = /^[a-z0-9-]{1,64}$/

/** A string matching {@link TELEMETRY_ID_PATTERN}. */
export const telemetryIdSchema = z
  .string()
  .regex(TELEMETRY_ID_PATTERN, 'expected an id of lower-case letters, digits and dashes (1 to 64)')
