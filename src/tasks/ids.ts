import { z } from 'zod'

/** Ids of tasks, steps, targets, fields and mistake codes: safe in file names, text keys and the live link. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'use lower-case letters, digits, dots and dashes')

/** A key into the locale files. */
export const textKeySchema = z.string().min(1)
