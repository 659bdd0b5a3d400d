import { digitsOnly, hasValidMod10CheckDigit } from '../../../src/tasks/check-digit'
import { defineFormat, isDigit, type FormatDefinition } from '../../../src/tasks/format'

/** How a bank number with a mod-10 check digit differs from the next: its id, lengths and how it is printed. */
interface Mod10NumberSpec {
  id: string
  /** Digits a number of this kind has at least and at most. */
  minDigits: number
  maxDigits: number
  display?: (digits: string) => string
}

/**
 * A number the bank checks with mod 10 (Luhn), typed as digits; spaces and dashes in what is pasted or printed
 * do not count. A number of another length than the expected one is "wrong-length" before its check digit is
 * looked at: a missing or extra digit can still pass mod 10, and the visitor should hear the real problem.
 */
export function mod10NumberFormat({ id, minDigits, maxDigits, display }: Mod10NumberSpec): FormatDefinition {
  return defineFormat({
    id,
    kind: 'digits',
    keyboard: 'digits',
    // Room for too many digits, so a visitor who types one extra is told so instead of losing the key press.
    maxLength: 25,
    accepts: isDigit,
    normalize: digitsOnly,
    validate: (value, expected) => {
      const digits = digitsOnly(value)
      const wrongLength =
        expected === undefined
          ? digits.length < minDigits || digits.length > maxDigits
          : digits.length !== digitsOnly(expected).length
      if (wrongLength) return 'wrong-length'
      return hasValidMod10CheckDigit(digits) ? null : 'check-digit'
    },
    mistakeCodes: ['wrong-length', 'check-digit'],
    display: (value) => (display ? display(digitsOnly(value)) : digitsOnly(value)),
  })
}
