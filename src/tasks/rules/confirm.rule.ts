import { z } from 'zod'
import { telemetryIdSchema } from '../../telemetry/telemetry-id'
import { MAX_VALUE_LENGTH } from '../field-value'
import { idSchema } from '../ids'
import { COMPLETE, IGNORED, defineRule, mistake, uniqueCodes } from '../rule'

/**
 * Done when the target is activated while the named fields hold the expected values, e.g. "Send" with the consent
 * box ticked (`requires: { consent: 'true' }`). Otherwise the first field that does not is a mistake with its
 * code (`codes: { consent: 'not-accepted' }`). Fields are read as they stand, sent off or not.
 */
export default defineRule({
  name: 'confirm',
  params: z
    .strictObject({
      /** The interactable that sends the form. */
      target: z.string().min(1),
      /** The value each field must hold, e.g. `'true'` for a ticked checkbox. */
      requires: z.record(idSchema, z.string().max(MAX_VALUE_LENGTH)),
      /** The mistake code for each field in `requires` that does not hold its value. */
      codes: z.record(idSchema, telemetryIdSchema),
    })
    .superRefine(({ requires, codes }, ctx) => {
      if (Object.keys(requires).length === 0) {
        ctx.addIssue({ code: 'custom', path: ['requires'], message: 'name at least one field' })
      }
      for (const field of Object.keys(requires)) {
        if (!Object.hasOwn(codes, field)) {
          ctx.addIssue({
            code: 'custom',
            path: ['codes', field],
            message: `no mistake code for field "${field}"`,
          })
        }
      }
      for (const field of Object.keys(codes)) {
        if (!Object.hasOwn(requires, field)) {
          ctx.addIssue({ code: 'custom', path: ['codes', field], message: `"${field}" is not in requires` })
        }
      }
    }),
  mistakeCodes: (params) => uniqueCodes(Object.values(params.codes)),
  judge: (params, input, { entries, values }) => {
    if (input.type !== 'activate' || input.target !== params.target) return IGNORED
    for (const [field, code] of Object.entries(params.codes)) {
      if ((entries[field] ?? values[field]) !== params.requires[field]) return mistake(code)
    }
    return COMPLETE
  },
})
