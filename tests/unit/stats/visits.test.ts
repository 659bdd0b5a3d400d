import { describe, expect, it } from 'vitest'
import { visitsByDay } from '../../../src/stats/visits'

describe('visits per day', () => {
  it('lists every day of the range, with zeros, split by mode and language', () => {
    const days = visitsByDay(
      [
        { firstTs: '2025-03-01T09:00:00.000Z', mode: 'vr', locale: 'sv' },
        { firstTs: '2025-03-01T15:00:00.000Z', mode: 'desktop', locale: 'ar' },
        { firstTs: '2025-03-03T10:00:00.000Z', mode: 'desktop', locale: 'sv' },
      ],
      '2025-03-01T00:00:00.000Z',
      '2025-03-04T00:00:00.000Z',
    )
    expect(days).toEqual([
      { day: '2025-03-01', visits: 2, vr: 1, desktop: 1, byLocale: { sv: 1, ar: 1 } },
      { day: '2025-03-02', visits: 0, vr: 0, desktop: 0, byLocale: {} },
      { day: '2025-03-03', visits: 1, vr: 0, desktop: 1, byLocale: { sv: 1 } },
    ])
  })

  it('spans the visits themselves without a range, and lists nothing without visits', () => {
    const days = visitsByDay([{ firstTs: '2025-03-02T10:00:00.000Z', mode: 'vr', locale: 'en' }], null, null)
    expect(days.map((day) => day.day)).toEqual(['2025-03-02'])
    expect(visitsByDay([], null, null)).toEqual([])
  })

  it('lists at most a year and a day, the last ones', () => {
    const days = visitsByDay([], '2020-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')
    expect(days).toHaveLength(366)
    expect(days.at(-1)?.day).toBe('2024-12-31')
  })
})
