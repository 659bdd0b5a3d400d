import { z } from 'zod'
import type { FormatDefinition } from './format'
import { formatById } from './format-registry'
import type { FieldSpec, RuleContext, RuleInput, RuleVerdict } from './rule'
import activate from './rules/activate.rule'
import choose from './rules/choose.rule'
import confirm from './rules/confirm.rule'
import enterValue from './rules/enter-value.rule'
import pickDate from './rules/pick-date.rule'
import pickTime from './rules/pick-time.rule'

/** Every completion rule, by the name task files use. Adding a rule: its file in `rules/`, and one line here. */
export const RULES = {
  activate,
  'enter-value': enterValue,
  choose,
  'pick-date': pickDate,
  'pick-time': pickTime,
  confirm,
} as const

for (const [name, rule] of Object.entries(RULES)) {
  if (rule.name !== name) throw new Error(`rule "${rule.name}" is registered as "${name}"`)
}

/** The name of a completion rule. */
export type RuleName = keyof typeof RULES

/** The parameters of one rule, as validated. */
export type RuleParams<N extends RuleName> = z.output<(typeof RULES)[N]['params']>

/** A step's completion rule: `{ rule, params }`, for any rule (or one rule, `StepRule<'choose'>`). */
export type StepRule<N extends RuleName = RuleName> = { [K in N]: { rule: K; params: RuleParams<K> } }[N]

interface RuleBehaviour<Params> {
  mistakeCodes: (params: Params) => readonly string[]
  judge: (params: Params, input: RuleInput, context: RuleContext) => RuleVerdict
  field: (params: Params) => FieldSpec | null
}

// The same objects, typed so that a rule's behaviour and a step's params line up for any rule name.
const BEHAVIOURS: { [N in RuleName]: RuleBehaviour<RuleParams<N>> } = RULES

function nonEmpty<T>(items: readonly T[]): [T, ...T[]] {
  const [first, ...rest] = items
  if (first === undefined) throw new Error('no rules registered')
  return [first, ...rest]
}

/** A step's `complete` in a task file: one of the registered rules with its parameters. */
export const stepRuleSchema = z.discriminatedUnion(
  'rule',
  nonEmpty(Object.values(RULES).map((rule) => rule.step)),
  {
    error: (issue) => {
      if (issue.code !== 'invalid_union') return undefined
      const input: unknown = issue.input
      const name = typeof input === 'object' && input !== null && 'rule' in input ? input.rule : undefined
      const known = Object.keys(RULES).sort().join(', ')
      return name === undefined
        ? `name a rule; known: ${known}`
        : `unknown rule ${JSON.stringify(name)}; known: ${known}`
    },
  },
)

/** What one visitor input means for a step with this rule. */
export function judgeStep<N extends RuleName>(
  rule: StepRule<N>,
  input: RuleInput,
  context: RuleContext,
): RuleVerdict {
  return BEHAVIOURS[rule.rule].judge(rule.params, input, context)
}

/** Every mistake code a step's rule can report, so each can be given feedback text. */
export function mistakeCodesOf<N extends RuleName>(rule: StepRule<N>): readonly string[] {
  return BEHAVIOURS[rule.rule].mistakeCodes(rule.params)
}

/** The field a step asks for, with its format. */
export interface ActiveField {
  field: string
  format: FormatDefinition
}

// Task definitions never change once loaded: the same step gives the same object, so UI selectors stay stable.
const fieldCache = new WeakMap<object, ActiveField | null>()

/** The field a step's rule asks the visitor to fill in, or null when it asks for none. */
export function fieldOf<N extends RuleName>(rule: StepRule<N>): ActiveField | null {
  const cached = fieldCache.get(rule)
  if (cached !== undefined) return cached
  const spec = BEHAVIOURS[rule.rule].field(rule.params)
  const field = spec && { field: spec.field, format: formatById(spec.format) }
  fieldCache.set(rule, field)
  return field
}
