import { z } from 'zod'
import { addDays, addMonths, localDateOf, parseIsoDate, toIsoDate, weekdayOf } from '../calendar-date'
import { idSchema } from '../ids'
import { COMPLETE, IGNORED, defineRule, mistake, uniqueCodes } from '../rule'

/** A distance from the day the task started: months first, then days. */
const offsetSchema = z.strictObject({
  /** @default 0 */
  months: z.number().int().min(-120).max(120).optional(),
  /** @default 0 */
  days: z.number().int().min(-3660).max(3660).optional(),
})

const paramsSchema = z.strictObject({
  /** The field that holds the date, `YYYY-MM-DD`. */
  field: idSchema,
  /** The earliest date allowed, from the day the task started. @default no limit */
  earliest: offsetSchema.optional(),
  /** The latest date allowed, from the day the task started. @default no limit */
  latest: offsetSchema.optional(),
  /** Days of the week that cannot be picked: 0 is Sunday, 1 Monday, ... 6 Saturday. @default [] */
  unavailableWeekdays: z.array(z.number().int().min(0).max(6)).max(6).optional(),
})

/** The dates a step allows, for the rule and for a calendar that greys out the others. */
export interface DateWindow {
  /** The first date allowed, `YYYY-MM-DD`, or null for no limit. */
  earliest: string | null
  /** The last date allowed, `YYYY-MM-DD`, or null for no limit. */
  latest: string | null
  /** Days of the week never allowed (0 is Sunday). */
  unavailableWeekdays: readonly number[]
}

/** The dates allowed by a pick-date step in a task that started at `startedAt`, on the device's calendar. */
export function dateWindowOf(params: z.output<typeof paramsSchema>, startedAt: number): DateWindow {
  const start = localDateOf(startedAt)
  const limit = (offset: z.output<typeof offsetSchema> | undefined) =>
    offset ? toIsoDate(addDays(addMonths(start, offset.months ?? 0), offset.days ?? 0)) : null
  return {
    earliest: limit(params.earliest),
    latest: limit(params.latest),
    unavailableWeekdays: params.unavailableWeekdays ?? [],
  }
}

/** Why a `YYYY-MM-DD` date cannot be picked ("too-early", "too-late", "unavailable"), or null when it can. */
export function dateProblem(
  window: DateWindow,
  isoDate: string,
): 'too-early' | 'too-late' | 'unavailable' | null {
  const date = parseIsoDate(isoDate)
  if (date === null) return null
  if (window.earliest !== null && isoDate < window.earliest) return 'too-early'
  if (window.latest !== null && isoDate > window.latest) return 'too-late'
  return window.unavailableWeekdays.includes(weekdayOf(date)) ? 'unavailable' : null
}

/**
 * Done when the field holds a date inside the window counted from the day the task started, on a weekday that is
 * not closed. Nothing picked is "empty". Something that is no date at all cannot come from a calendar and is
 * ignored.
 */
export default defineRule({
  name: 'pick-date',
  params: paramsSchema,
  mistakeCodes: (params) =>
    uniqueCodes([
      'empty',
      ...(params.earliest ? ['too-early'] : []),
      ...(params.latest ? ['too-late'] : []),
      ...(params.unavailableWeekdays?.length ? ['unavailable'] : []),
    ]),
  judge: (params, input, context) => {
    if (input.type !== 'submit' || input.field !== params.field || typeof input.value !== 'string')
      return IGNORED
    if (input.value === '') return mistake('empty')
    if (parseIsoDate(input.value) === null) return IGNORED
    const problem = dateProblem(dateWindowOf(params, context.startedAt), input.value)
    return problem === null ? COMPLETE : mistake(problem)
  },
  field: (params) => ({ field: params.field, format: 'date' }),
})
