import type { FormatDefinition } from './format'

/** A key that edits instead of typing: remove the last character, or empty the field. */
export type EditKey = 'backspace' | 'clear'

/**
 * What a field holds after one key: `key` is one character, added when the format accepts it there and the field
 * has room, or an {@link EditKey}. Anything else leaves the field as it is.
 */
export function typeInto(format: FormatDefinition, current: string, key: string): string {
  if (key === 'backspace') return Array.from(current).slice(0, -1).join('')
  if (key === 'clear') return ''
  if (Array.from(key).length !== 1 || Array.from(current).length >= format.maxLength) return current
  return format.accepts(key, current) ? current + key : current
}
