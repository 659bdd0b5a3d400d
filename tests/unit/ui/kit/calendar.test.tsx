// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { Calendar } from '../../../../src/ui/kit/calendar'
import { monthGrid, weekStart, weekdayNames } from '../../../../src/ui/kit/calendar-model'
import { Panel } from '../../../../src/ui/kit/panel'
import { render3d } from '../../../fixtures/render-3d'

describe('calendar model', () => {
  it('starts the week on Monday in Swedish and on Sunday in US English', () => {
    expect(weekStart('sv-SE')).toBe(1)
    expect(weekStart('en-US')).toBe(0)
    expect(weekdayNames('sv-SE', 1)[0]).toMatch(/^mån/)
    expect(weekdayNames('sv-SE', 1)[6]).toMatch(/^sön/)
  })

  it('heads the columns with names that fit a day, in Arabic its one-letter names, not whole words', () => {
    expect(weekdayNames('sv-SE', 1).map((name) => name.replace('.', ''))).toContain('tors')
    const arabic = weekdayNames('ar-SE-u-nu-latn', 1)
    expect(new Set(arabic).size).toBe(7)
    for (const name of arabic) expect([...name].length).toBeLessThanOrEqual(2)
    expect(weekdayNames('en-GB', 1)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
  })

  it('lays a month out in whole weeks, with empty cells from the neighbouring months', () => {
    // 1 March 2026 is a Sunday: the last column of the first Swedish week.
    const weeks = monthGrid('2026-03', 1)
    expect(weeks[0]?.slice(0, 6)).toEqual([null, null, null, null, null, null])
    expect(weeks[0]?.[6]).toEqual({ date: '2026-03-01', day: 1 })
    expect(weeks.flat().filter((day) => day !== null)).toHaveLength(31)
    expect(weeks.every((week) => week.length === 7)).toBe(true)
  })
})

describe('Calendar', () => {
  const render = (onPick = vi.fn(), onPickUnavailable = vi.fn()) =>
    render3d(
      <Panel width={0.6}>
        <Calendar
          id="cal"
          month="2026-03"
          selected={null}
          languageTag="sv-SE"
          dayState={(date) => (date < '2026-03-16' ? 'unavailable' : 'available')}
          onPick={onPick}
          onPickUnavailable={onPickUnavailable}
          onMonthChange={() => undefined}
        />
      </Panel>,
      { locale: 'sv' },
    )

  it('puts Monday first in Swedish: the first day of March 2026, a Sunday, sits in the last column', async () => {
    const { registry } = await render()
    const x = (date: string) => registry.get(`cal.day.${date}`)?.object.position.x ?? NaN
    // Monday 2 March starts the second row, at the left; Sunday 1 March ends the first row, at the right.
    expect(x('2026-03-02')).toBeLessThan(x('2026-03-03'))
    expect(x('2026-03-01')).toBeCloseTo(x('2026-03-08'), 5)
    expect(x('2026-03-02')).toBeLessThan(x('2026-03-01'))
    expect(registry.get('cal.day.2026-03-02')?.name).toMatch(/måndag/)
  })

  it('shows unavailable days as disabled, and pressing one explains instead of picking it', async () => {
    const onPick = vi.fn()
    const onPickUnavailable = vi.fn()
    const { registry } = await render(onPick, onPickUnavailable)
    expect(registry.get('cal.day.2026-03-15')?.enabled).toBe(false)
    expect(registry.get('cal.day.2026-03-16')?.enabled).toBe(true)
    registry.get('cal.day.2026-03-10')?.activate()
    expect(onPick).not.toHaveBeenCalled()
    expect(onPickUnavailable).toHaveBeenCalledWith('2026-03-10')
    registry.get('cal.day.2026-03-20')?.activate()
    expect(onPick).toHaveBeenCalledWith('2026-03-20')
  })
})
