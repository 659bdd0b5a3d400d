import { defineFormat, isDigit } from '../format'

/** The number as dialled within Sweden: "+46 70-123 45 67" and "0046701234567" become "0701234567". */
function national(value: string): string {
  const compact = value.replace(/[\s-]/g, '')
  if (compact.startsWith('+46')) return `0${compact.slice(3)}`
  if (compact.startsWith('0046')) return `0${compact.slice(4)}`
  return compact
}

/** Mobile numbers start 070, 072, 073, 076 or 079 (the Swedish numbering plan); 08 and the like are landlines. */
const MOBILE_PREFIX = /^07[02369]/

/** A Swedish mobile number: 07X-XXX XX XX, or +46 7X-XXX XX XX from abroad. */
export default defineFormat({
  id: 'phone-se',
  kind: 'digits',
  keyboard: 'phone',
  maxLength: 16,
  accepts: (char, current) =>
    isDigit(char) ||
    (char === '+' && current === '') ||
    ((char === ' ' || char === '-') && current !== '' && !/[\s+-]$/.test(current)),
  normalize: national,
  validate: (value) => {
    const number = national(value)
    if (!/^\d+$/.test(number) || (number.length >= 3 && !MOBILE_PREFIX.test(number))) return 'not-mobile'
    return number.length === 10 ? null : 'wrong-length'
  },
  mistakeCodes: ['wrong-length', 'not-mobile'],
  display: (value) => {
    const number = national(value)
    if (!/^\d{10}$/.test(number)) return value
    return `${number.slice(0, 3)}-${number.slice(3, 6)} ${number.slice(6, 8)} ${number.slice(8)}`
  },
})
