import { isRealDate } from '../calendar-date'
import { hasValidMod10CheckDigit } from '../check-digit'
import { defineFormat, isDigit } from '../format'

const SHAPE = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/

interface Parts {
  /** The century, when written with all twelve digits. */
  century: string | undefined
  /** The ten digits the check digit covers: YYMMDD, a three-digit number and the check digit. */
  core: string
  /** "-", or "+" for someone who is 100 or older; empty when left out. */
  separator: string
}

function partsOf(value: string): Parts | null {
  const match = SHAPE.exec(value.replace(/\s/g, ''))
  if (!match) return null
  return { century: match[1], core: `${match[2]}${match[4]}`, separator: match[3] ?? '' }
}

function hasRealBirthDate({ century, core }: Parts): boolean {
  const year = Number(core.slice(0, 2))
  const month = Number(core.slice(2, 4))
  const day = Number(core.slice(4, 6))
  // A coordination number (samordningsnummer) adds 60 to the day.
  const dayOfMonth = day > 60 ? day - 60 : day
  const years = century === undefined ? [1900 + year, 2000 + year] : [Number(century) * 100 + year]
  return years.some((fullYear) => isRealDate(fullYear, month, dayOfMonth))
}

/**
 * A Swedish personal identity number (personnummer), YYMMDD-NNNC or YYYYMMDDNNNC: a birth date that exists and a
 * Luhn check digit over the ten digits from YYMMDD on. Two forms of the same number are equal.
 */
export default defineFormat({
  id: 'personnummer',
  kind: 'digits',
  keyboard: 'digits',
  maxLength: 13,
  accepts: (char, current) =>
    isDigit(char) || ((char === '-' || char === '+') && /^(\d{6}|\d{8})$/.test(current)),
  normalize: (value) => partsOf(value)?.core ?? value.replace(/\s/g, ''),
  validate: (value) => {
    const parts = partsOf(value)
    if (parts === null) return 'wrong-length'
    if (!hasRealBirthDate(parts)) return 'invalid-date'
    return hasValidMod10CheckDigit(parts.core) ? null : 'check-digit'
  },
  mistakeCodes: ['wrong-length', 'invalid-date', 'check-digit'],
  display: (value) => {
    const parts = partsOf(value)
    if (parts === null) return value
    const { century = '', core, separator } = parts
    return `${century}${core.slice(0, 6)}${separator || '-'}${core.slice(6)}`
  },
})
