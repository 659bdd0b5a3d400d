import { parseIsoDate } from '../calendar-date'
import { defineFormat, isDigit } from '../format'

/** A day on the calendar, `YYYY-MM-DD`: usually picked in a calendar, but it can be typed too. */
export default defineFormat({
  id: 'date',
  kind: 'date',
  keyboard: null,
  maxLength: 10,
  accepts: (char) => isDigit(char) || char === '-',
  validate: (value) => (parseIsoDate(value) === null ? 'invalid-date' : null),
  mistakeCodes: ['invalid-date'],
})
