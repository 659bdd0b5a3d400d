import { mod10NumberFormat } from './mod10-number'

/** A bankgiro number: 7 or 8 digits with a mod-10 check digit, printed with a dash before the last four. */
export default mod10NumberFormat({
  id: 'bankgiro',
  minDigits: 7,
  maxDigits: 8,
  display: (digits) => (digits.length >= 7 ? `${digits.slice(0, -4)}-${digits.slice(-4)}` : digits),
})
