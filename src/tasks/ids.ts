import { z } from 'zod'

/**
 * Ids of targets, fields and options: safe in file names, text keys and the live link. Targets are named by
 * their place (`bank.menu.pay-bill`). Task, scene and step ids and mistake codes travel in telemetry and take
 * its stricter shape instead, `telemetryIdSchema` (no dots).
 */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'use lower-case letters, digits, dots and dashes')

/** A key into the locale files. */
export const textKeySchema = z.string().min(1)
