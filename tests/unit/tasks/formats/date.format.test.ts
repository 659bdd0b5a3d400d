import { describe, expect, it } from 'vitest'
import date from '../../../../src/tasks/formats/date.format'
import { typeInto } from '../../../../src/tasks/typing'

describe('format "date"', () => {
  it('takes YYYY-MM-DD typed on a keyboard, and opens no keyboard of its own', () => {
    const typed = Array.from('2025-03-01x9').reduce((value, key) => typeInto(date, value, key), '')
    expect(typed).toBe('2025-03-01')
    expect(date).toMatchObject({
      kind: 'date',
      keyboard: null,
      maxLength: 10,
      mistakeCodes: ['invalid-date'],
    })
  })

  it('accepts only days that exist', () => {
    for (const valid of ['2025-03-01', '2024-02-29', '2025-12-31'])
      expect(date.validate(valid), valid).toBeNull()
    for (const invalid of ['2025-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '25-03-01', '2025-3-1']) {
      expect(date.validate(invalid), invalid).toBe('invalid-date')
    }
  })
})
