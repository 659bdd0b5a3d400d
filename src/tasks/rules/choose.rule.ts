import { z } from 'zod'
import { telemetryIdSchema } from '../../telemetry/telemetry-id'
import type { FieldValue } from '../field-value'
import { MAX_OPTIONS } from '../field-value'
import { idSchema, textKeySchema } from '../ids'
import { COMPLETE, IGNORED, defineRule, mistake, uniqueCodes, type RuleVerdict } from '../rule'

/** One option on offer: its id (what the field holds) and its name, with an optional detail line. */
const optionSchema = z.strictObject({ id: idSchema, label: textKeySchema, detail: textKeySchema.optional() })

const paramsSchema = z
  .strictObject({
    /** The field that holds the choice. */
    field: idSchema,
    /**
     * The options a page offers, in order: written here once, drawn by the page's choice block. Where given, every
     * expected and wrong option must be one of them.
     */
    options: z.array(optionSchema).min(2).max(MAX_OPTIONS).optional(),
    /** The option to choose, or every option to choose for a multiple choice. */
    expected: z.union([idSchema, z.array(idSchema).min(1).max(MAX_OPTIONS)]),
    /** A multiple choice must be made in the listed order, e.g. in order of preference. @default false */
    ordered: z.boolean().optional(),
    /** Options that are a mistake to choose, with the mistake code of each. @default {} */
    wrongOptions: z.record(idSchema, telemetryIdSchema).optional(),
  })
  .superRefine((params, ctx) => {
    const expected = typeof params.expected === 'string' ? [params.expected] : params.expected
    if (new Set(expected).size !== expected.length) {
      ctx.addIssue({ code: 'custom', path: ['expected'], message: 'an option is listed twice' })
    }
    if (params.ordered !== undefined && typeof params.expected === 'string') {
      ctx.addIssue({ code: 'custom', path: ['ordered'], message: 'only a list of options has an order' })
    }
    if (params.options !== undefined) {
      const ids = params.options.map((option) => option.id)
      if (new Set(ids).size !== ids.length) {
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'an option id is listed twice' })
      }
      expected.forEach((option, index) => {
        if (!ids.includes(option)) {
          ctx.addIssue({
            code: 'custom',
            path: typeof params.expected === 'string' ? ['expected'] : ['expected', index],
            message: `"${option}" is not among the options`,
          })
        }
      })
      for (const option of Object.keys(params.wrongOptions ?? {})) {
        if (!ids.includes(option)) {
          ctx.addIssue({
            code: 'custom',
            path: ['wrongOptions', option],
            message: `"${option}" is not among the options`,
          })
        }
      }
    }
    for (const option of Object.keys(params.wrongOptions ?? {})) {
      if (expected.includes(option)) {
        ctx.addIssue({
          code: 'custom',
          path: ['wrongOptions', option],
          message: `"${option}" is also expected`,
        })
      }
    }
  })

type Params = z.output<typeof paramsSchema>

function judgeSingle(params: Params, expected: string, value: FieldValue): RuleVerdict {
  if (typeof value !== 'string') return IGNORED
  if (value === '') return mistake('empty')
  if (value === expected) return COMPLETE
  return mistake(params.wrongOptions?.[value] ?? 'wrong-choice')
}

function judgeMultiple(params: Params, expected: readonly string[], value: FieldValue): RuleVerdict {
  const chosen = typeof value === 'string' ? (value === '' ? [] : [value]) : value
  if (chosen.length === 0) return mistake('empty')
  for (const option of chosen) {
    const code = params.wrongOptions?.[option]
    if (code !== undefined) return mistake(code)
  }
  if (chosen.some((option) => !expected.includes(option))) return mistake('wrong-choice')
  if (new Set(chosen).size < expected.length) return mistake('too-few')
  if (params.ordered && chosen.some((option, index) => option !== expected[index]))
    return mistake('wrong-order')
  return COMPLETE
}

/**
 * Done when the field holds the expected option, or, for a multiple choice, exactly the expected options (in
 * their order where `ordered`). Nothing chosen is "empty"; a listed wrong option gets its own code; any other
 * wrong option is "wrong-choice"; some right options but not all are "too-few"; the right ones in another
 * order are "wrong-order".
 */
export default defineRule({
  name: 'choose',
  params: paramsSchema,
  mistakeCodes: (params) => {
    const listed = Object.values(params.wrongOptions ?? {})
    if (typeof params.expected === 'string') return uniqueCodes(['empty', ...listed, 'wrong-choice'])
    return uniqueCodes([
      'empty',
      ...listed,
      'wrong-choice',
      'too-few',
      ...(params.ordered ? ['wrong-order'] : []),
    ])
  },
  judge: (params, input) => {
    if (input.type !== 'submit' || input.field !== params.field) return IGNORED
    return typeof params.expected === 'string'
      ? judgeSingle(params, params.expected, input.value)
      : judgeMultiple(params, params.expected, input.value)
  },
  field: (params) => ({
    field: params.field,
    format: typeof params.expected === 'string' ? 'choice' : 'multi-choice',
  }),
})
