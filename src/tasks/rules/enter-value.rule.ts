import { z } from 'zod'
import { idSchema } from '../ids'
import { FORMATS, formatById, formatIdSchema } from '../format-registry'
import { COMPLETE, IGNORED, defineRule, mistake, uniqueCodes } from '../rule'

/**
 * Done when the field is sent off with the expected value, compared in its format. An empty field is "empty", a
 * value the format itself finds wrong gets the format's code (e.g. "check-digit"), any other value "mismatch".
 */
export default defineRule({
  name: 'enter-value',
  params: z
    .strictObject({
      /** The field the visitor types into. */
      field: idSchema,
      /** The value that completes the step, as printed on the bill or the letter. */
      expected: z.string().min(1),
      /** The id of the value's format: a typed one (text, digits, amount or date). */
      format: formatIdSchema(['text', 'digits', 'amount', 'date']),
    })
    .superRefine((params, ctx) => {
      const problem = FORMATS.get(params.format)?.validate(params.expected.trim())
      if (problem) {
        ctx.addIssue({
          code: 'custom',
          path: ['expected'],
          message: `"${params.expected}" is no valid ${params.format} value (${problem})`,
        })
      }
    }),
  mistakeCodes: (params) => uniqueCodes(['empty', ...formatById(params.format).mistakeCodes, 'mismatch']),
  judge: (params, input) => {
    if (input.type !== 'submit' || input.field !== params.field || typeof input.value !== 'string')
      return IGNORED
    const value = input.value.trim()
    if (value === '') return mistake('empty')
    const format = formatById(params.format)
    const problem = format.validate(value, params.expected)
    if (problem !== null) return mistake(problem)
    return format.equals(value, params.expected) ? COMPLETE : mistake('mismatch')
  },
  field: (params) => ({ field: params.field, format: params.format }),
})
