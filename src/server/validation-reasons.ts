import type { z } from 'zod'

const MAX_REASON_LENGTH = 300
const MAX_ISSUES_PER_REASON = 3

/** `events[3].payload.durationMs` from a base name and a zod path. */
export function pathText(base: string, path: readonly PropertyKey[]): string {
  let text = base
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : `.${clip(String(key), 40)}`
  }
  return text
}

/**
 * A short, human-readable reason for refusing a value, e.g. `events[3].payload.durationMs: expected number,
 * received string`. Nothing from the input is echoed beyond a clipped key name, so a huge or hostile body
 * cannot make the answer huge.
 */
export function reasonFromIssues(base: string, issues: readonly z.core.$ZodIssue[], input: unknown): string {
  const parts = issues.slice(0, MAX_ISSUES_PER_REASON).map((issue) => issueText(base, issue, input))
  if (issues.length > MAX_ISSUES_PER_REASON) parts.push(`and ${issues.length - MAX_ISSUES_PER_REASON} more`)
  return clip(parts.join('; '), MAX_REASON_LENGTH)
}

function issueText(base: string, issue: z.core.$ZodIssue, input: unknown): string {
  const where = pathText(base, issue.path)
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined
        ? `${where}: required (expected ${issue.expected})`
        : `${where}: ${withoutPrefix(issue.message)}`
    case 'invalid_union':
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        const value = valueAt(input, issue.path)
        return value === undefined
          ? `${where}: required (expected an event type)`
          : `${where}: unknown event type ${describe(value)}`
      }
      return `${where}: ${withoutPrefix(issue.message)}`
    case 'unrecognized_keys':
      return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
        .slice(0, 5)
        .map((key) => `"${clip(key, 40)}"`)
        .join(', ')}`
    default:
      return `${where}: ${withoutPrefix(issue.message)}`
  }
}

function withoutPrefix(message: string): string {
  return message.replace(/^Invalid input: /, '')
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (typeof value !== 'object' || value === null || typeof key === 'symbol') return undefined
    if (!Object.hasOwn(value, key)) return undefined
    value = (value as Record<string | number, unknown>)[key]
  }
  return value
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${clip(value, 40)}"` : `(${value === null ? 'null' : typeof value})`
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
