import { digitsOnly } from '../check-digit'
import { defineFormat, isDigit } from '../format'

/** A number such as a PIN or a customer number: digits only, leading zeros count. */
export default defineFormat({
  id: 'digits',
  kind: 'digits',
  keyboard: 'digits',
  accepts: isDigit,
  normalize: digitsOnly,
})
