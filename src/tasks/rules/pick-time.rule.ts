import { z } from 'zod'
import { idSchema } from '../ids'
import { COMPLETE, IGNORED, defineRule, mistake } from '../rule'

/** A time of day, `HH:MM`, 00:00 to 23:59. */
const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write a time as HH:MM')

const paramsSchema = z
  .strictObject({
    /** The field that holds the time, `HH:MM`. */
    field: idSchema,
    /** The times on offer, in the order they are shown. */
    times: z.array(timeSchema).min(1).max(48),
    /** The times someone else already has: shown, but not free. @default [] */
    taken: z.array(timeSchema).max(47).optional(),
  })
  .superRefine(({ times, taken = [] }, ctx) => {
    if (new Set(times).size !== times.length) {
      ctx.addIssue({ code: 'custom', path: ['times'], message: 'a time is listed twice' })
    }
    taken.forEach((time, index) => {
      if (!times.includes(time)) {
        ctx.addIssue({ code: 'custom', path: ['taken', index], message: `"${time}" is not among the times` })
      }
    })
    if (times.every((time) => taken.includes(time))) {
      ctx.addIssue({ code: 'custom', path: ['taken'], message: 'leave at least one time free' })
    }
  })

/** One time as a booking page offers it. */
export interface OfferedTime {
  /** `HH:MM`. */
  time: string
  /** Someone else has it. */
  taken: boolean
}

/** The times a pick-time step offers, for the rule and for the time slots a screen shows. */
export function offeredTimes(params: z.output<typeof paramsSchema>): OfferedTime[] {
  const taken = params.taken ?? []
  return params.times.map((time) => ({ time, taken: taken.includes(time) }))
}

/**
 * Done when the field holds one of the offered times that nobody has taken: any free time will do, as when
 * booking a visit. Nothing picked is "empty"; a taken time is "taken". A time not on offer cannot come from the
 * time slots and is ignored.
 */
export default defineRule({
  name: 'pick-time',
  params: paramsSchema,
  mistakeCodes: (params) => (params.taken?.length ? ['empty', 'taken'] : ['empty']),
  judge: (params, input) => {
    if (input.type !== 'submit' || input.field !== params.field || typeof input.value !== 'string')
      return IGNORED
    if (input.value === '') return mistake('empty')
    if (!params.times.includes(input.value)) return IGNORED
    return params.taken?.includes(input.value) ? mistake('taken') : COMPLETE
  },
  field: (params) => ({ field: params.field, format: 'choice' }),
})
