import { z } from 'zod'
import { telemetryIdSchema } from '../telemetry/telemetry-id'
import { digitsOnly, hasValidMod10CheckDigit } from './check-digit'

/** What a completion rule makes of one visitor input. */
export type RuleVerdict = { kind: 'complete' } | { kind: 'mistake'; code: string } | { kind: 'ignored' }

/** A visitor input the rules look at. */
export type RuleInput =
  { type: 'activate'; target: string } | { type: 'submit'; field: string; value: string }

/** The parameters of each named rule. */
export const RULE_PARAM_SCHEMAS = {
  /** Done when the target is activated (pressed, clicked, grabbed); listed wrong targets are mistakes. */
  activate: z.strictObject({
    target: z.string().min(1),
    /** Wrong targets and the mistake code each reports (a telemetry id). */
    wrongTargets: z.record(z.string(), telemetryIdSchema).optional(),
  }),
  /** Done when the field is submitted with the expected value, compared in the given format. */
  'enter-value': z.strictObject({
    field: z.string().min(1),
    expected: z.string().min(1),
    format: z.enum(['digits', 'amount', 'ocr', 'bankgiro']),
  }),
} as const

type Params<R extends keyof typeof RULE_PARAM_SCHEMAS> = z.output<(typeof RULE_PARAM_SCHEMAS)[R]>

function activate(params: Params<'activate'>, input: RuleInput): RuleVerdict {
  if (input.type !== 'activate') return { kind: 'ignored' }
  if (input.target === params.target) return { kind: 'complete' }
  const code = params.wrongTargets?.[input.target]
  return code ? { kind: 'mistake', code } : { kind: 'ignored' }
}

/** Amounts are compared in whole öre, so "845", "845,00" and "845.0" are the same. */
function toOre(value: string): number | null {
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(value.replace(/\s/g, ''))
  if (!match) return null
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}

function enterValue(params: Params<'enter-value'>, input: RuleInput): RuleVerdict {
  if (input.type !== 'submit' || input.field !== params.field) return { kind: 'ignored' }
  if (input.value.trim() === '') return { kind: 'mistake', code: 'empty' }
  if (params.format === 'amount') {
    return toOre(input.value) === toOre(params.expected)
      ? { kind: 'complete' }
      : { kind: 'mistake', code: 'mismatch' }
  }
  const entered = digitsOnly(input.value)
  const expected = digitsOnly(params.expected)
  const usesCheckDigit = params.format === 'ocr' || params.format === 'bankgiro'
  // A missing or extra digit can still pass mod 10: name the real problem, not "another bill".
  if (usesCheckDigit && entered.length !== expected.length) return { kind: 'mistake', code: 'wrong-length' }
  if (usesCheckDigit && !hasValidMod10CheckDigit(entered)) return { kind: 'mistake', code: 'check-digit' }
  return entered === expected ? { kind: 'complete' } : { kind: 'mistake', code: 'mismatch' }
}

/** Named completion rules: a step names one and gives its parameters. */
export const RULES = {
  activate,
  'enter-value': enterValue,
} as const satisfies {
  [R in keyof typeof RULE_PARAM_SCHEMAS]: (params: Params<R>, input: RuleInput) => RuleVerdict
}
