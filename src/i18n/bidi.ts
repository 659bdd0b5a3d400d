/**
 * Keeping numbers as printed inside right-to-left text. The Unicode bidi algorithm turns "5050-1055" after an
 * Arabic word into "1055-5050", and spaced digits ("5 0 5 0") into their reverse. Wrapped in isolates, a number
 * is laid out on its own, left to right, and then placed as one unit in the sentence: it reads as on the paper.
 * troika (through bidi-js) and the browser's own text both honour the isolates.
 */

/** Left-to-right isolate: what follows, up to PDI, is laid out left to right on its own. */
export const LRI = '\u2066'
/** Right-to-left isolate. */
export const RLI = '\u2067'
/** Pop directional isolate: ends the isolate. */
export const PDI = '\u2069'

/** Letters of right-to-left scripts (Hebrew, Arabic and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/
/**
 * A number as people write it: digits, possibly grouped with spaces, dots, commas, colons, slashes or hyphens
 * between digits ("5050-1055", "1 250,00", "5 0 5 0", "12:30", "2026-12-08"), and a phone number's leading plus
 * ("+46 70 000 14 29"), which would otherwise end up after it.
 */
const NUMBER = /\+?\d+(?:[ \u00a0\u202f.,:/-]\d+)*/g

/** Whether text contains letters of a right-to-left script. */
export function hasRtlLetters(text: string): boolean {
  return RTL_LETTER.test(text)
}

/**
 * One value set apart from the sentence around it: left to right unless it has right-to-left letters itself
 * (an Arabic date keeps its own order, its numbers stay whole).
 */
export function isolate(value: string): string {
  if (value === '') return value
  return `${hasRtlLetters(value) ? RLI : LRI}${value}${PDI}`
}

/** Every number in a text wrapped in a left-to-right isolate. */
export function isolateNumbers(text: string): string {
  return text.replace(NUMBER, (number) => `${LRI}${number}${PDI}`)
}

/** Text without its isolates, e.g. to speak it or compare it. */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '')
}
