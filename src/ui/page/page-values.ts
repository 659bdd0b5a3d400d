import { isolate } from '../../i18n/bidi'
import { dateText } from '../../i18n/date-text'
import { localeInfo } from '../../domain/locales'
import type { TextParams } from '../../i18n/translate'
import type { FieldValue } from '../../tasks/field-value'
import { formatById } from '../../tasks/format-registry'
import type { StepDefinition, TaskDefinition } from '../../tasks/schema'
import type { PageEnv } from './page-env'
import type { PageValue } from '../../errands/page-schema'

/** The step whose rule asks for a field: it says how the field's value reads. */
function stepOfField(task: TaskDefinition, field: string): StepDefinition | undefined {
  return task.steps.find((step) => 'field' in step.complete.params && step.complete.params.field === field)
}

/** A choose rule's options on a field, by id, as their names read. */
export function optionLabel(env: PageEnv, field: string, option: string): string {
  const rule = stepOfField(env.task, field)?.complete
  const found = rule?.rule === 'choose' ? rule.params.options?.find((each) => each.id === option) : undefined
  return found ? env.t(found.label) : option
}

/** A field's value as people write it: a date in words, an option's name, a number in its printed form. */
export function fieldText(env: PageEnv, field: string, as: 'date' | 'weekday-date' = 'date'): string {
  const value: FieldValue | undefined = env.values[field]
  if (value === undefined || value === '') return ''
  const rule = stepOfField(env.task, field)?.complete
  if (typeof value !== 'string') {
    const names = value.map((option) => optionLabel(env, field, option))
    const ordered = rule?.rule === 'choose' && rule.params.ordered === true
    return (ordered ? names.map((name, index) => `${index + 1}. ${name}`) : names).join(', ')
  }
  switch (rule?.rule) {
    case 'choose':
      return optionLabel(env, field, value)
    case 'pick-date':
      return dateText(value, env.locale, as === 'weekday-date')
    case 'enter-value':
      return formatById(rule.params.format).display(value)
    default:
      return value
  }
}

/** What a page's `{name}` placeholders are filled with: the practice data and `field.<name>` for each field. */
export function pageParams(env: PageEnv, extra?: TextParams): TextParams {
  const params: Record<string, string | number> = { ...env.practice }
  for (const field of Object.keys(env.values)) params[`field.${field}`] = fieldText(env, field)
  return extra ? { ...params, ...extra } : params
}

/** A value not from a text: a practice value, a field's value, a reference number. */
function bareValue(env: PageEnv, value: Exclude<PageValue, string | { text: string }>): string {
  if ('$practice' in value) return env.practice[value.$practice] ?? ''
  if ('field' in value) return fieldText(env, value.field, value.as)
  return referenceNumber(value.visitNumber, env.sessionId, env.startedAt)
}

/**
 * A page value as the visitor reads it. A value shown on its own (a fact's value: the mobile number the visitor
 * typed) is isolated in a right-to-left language, as `translate` isolates the values it fills into a text:
 * "070-174 06 77" would otherwise read "77 06 070-174" on an Arabic page.
 */
export function resolveValue(env: PageEnv, value: PageValue, params: TextParams = pageParams(env)): string {
  if (typeof value === 'string') return env.t(value, params)
  if (!('text' in value)) {
    const bare = bareValue(env, value)
    return localeInfo(env.locale).dir === 'rtl' ? isolate(bare) : bare
  }
  // Filled into the text, each is isolated by the translation.
  const own = Object.fromEntries(
    Object.entries(value.params).map(([name, inner]) => [
      name,
      typeof inner === 'string' || 'text' in inner ? resolveValue(env, inner, params) : bareValue(env, inner),
    ]),
  )
  return env.t(value.text, { ...params, ...own })
}

/** A six-digit number from the visit's random id: the same all visit, different for the next visitor. */
export function visitNumber(sessionId: string): string {
  return String(parseInt(sessionId.replace(/-/g, '').slice(-8), 16) % 1_000_000).padStart(6, '0')
}

/** A receipt's reference: its prefix (with `{year}` filled in) and the visit's number. */
export function referenceNumber(prefix: string, sessionId: string, startedAt: number): string {
  return `${prefix.replace('{year}', String(new Date(startedAt).getFullYear()))}${visitNumber(sessionId)}`
}
