import { z } from 'zod'
import type { FieldValue } from './field-value'

/** What a completion rule makes of one visitor input. */
export type RuleVerdict = { kind: 'complete' } | { kind: 'mistake'; code: string } | { kind: 'ignored' }

/** A visitor input the rules look at: a press on a target, or a field's value sent off. */
export type RuleInput =
  { type: 'activate'; target: string } | { type: 'submit'; field: string; value: FieldValue }

/** What else a rule may look at; the engine passes it in, so the rules stay pure. */
export interface RuleContext {
  /** When the input happened, in milliseconds. */
  at: number
  /** When the task started, in milliseconds: dates are judged from the day it started. */
  startedAt: number
  /** Values the task has accepted so far, by field. */
  values: Readonly<Record<string, FieldValue>>
  /** What the visitor has typed, chosen or ticked so far, by field, sent off or not. @default {} */
  entries: Readonly<Record<string, FieldValue>>
}

/** The field a step asks the visitor to fill in, and the id of its value format. */
export interface FieldSpec {
  field: string
  format: string
}

/** One completion rule, as its file writes it. */
export interface RuleSpec<Name extends string, Params extends z.ZodType> {
  /** What task files call it: `complete: { rule: '<name>', params }`. */
  name: Name
  /** Its parameters in a task file. */
  params: Params
  /** Every mistake code it can report with these parameters, so each step can give feedback for it. */
  mistakeCodes: (params: z.output<Params>) => readonly string[]
  /** What one input means for the step. */
  judge: (params: z.output<Params>, input: RuleInput, context: RuleContext) => RuleVerdict
  /** The field the step asks for, if it asks for one. @default () => null */
  field?: (params: z.output<Params>) => FieldSpec | null
}

/** A completion rule, with the schema of its place in a task file. */
export interface RuleDefinition<Name extends string, Params extends z.ZodType> extends Required<
  RuleSpec<Name, Params>
> {
  /** `{ rule: '<name>', params }`, one option of the task schema's `complete`. */
  step: z.ZodObject<{ rule: z.ZodLiteral<Name>; params: Params }, z.core.$strict>
}

/** The one definition of a completion rule, in its own `<name>.rule.ts` file. */
export function defineRule<const Name extends string, Params extends z.ZodType>(
  spec: RuleSpec<Name, Params>,
): RuleDefinition<Name, Params> {
  return {
    ...spec,
    field: spec.field ?? (() => null),
    step: z.strictObject({ rule: z.literal(spec.name), params: spec.params }),
  }
}

/** The step is done. */
export const COMPLETE: RuleVerdict = Object.freeze({ kind: 'complete' })
/** The input has nothing to do with the step. */
export const IGNORED: RuleVerdict = Object.freeze({ kind: 'ignored' })
/** A mistake the visitor gets feedback on. */
export function mistake(code: string): RuleVerdict {
  return { kind: 'mistake', code }
}

/** Mistake codes in order of first appearance, each once. */
export function uniqueCodes(codes: Iterable<string>): string[] {
  return [...new Set(codes)]
}
