import { defineFormat, isDigit } from '../format'

const AMOUNT = /^(\d{1,9})(?:[.,](\d{1,2}))?$/

/**
 * The amount written the one way, "845,00", so that "845", "845,00" and "845.0" compare the same (in whole
 * öre); null when it is no amount.
 */
function canonical(value: string): string | null {
  const match = AMOUNT.exec(value.replace(/\s/g, ''))
  if (!match) return null
  const ore = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return `${Math.floor(ore / 100)},${String(ore % 100).padStart(2, '0')}`
}

/** Kronor with an optional decimal comma and öre, as typed on the keypad: "845" or "845,50". */
export default defineFormat({
  id: 'amount',
  kind: 'amount',
  keyboard: 'amount',
  // Nine digits, a comma and two decimals: anything longer is no amount.
  maxLength: 12,
  accepts: (char, current) => isDigit(char) || (char === ',' && !current.includes(',')),
  normalize: (value) => canonical(value) ?? value.replace(/\s/g, ''),
  display: (value) => canonical(value) ?? value,
})
