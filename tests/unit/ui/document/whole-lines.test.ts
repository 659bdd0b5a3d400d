import { describe, expect, it } from 'vitest'
import { wholeLinesHeight } from '../../../../src/ui/document/whole-lines'

/** A letter's top as the reading strip lays it out: sender, title, a paragraph of two lines, two facts side by side. */
const LETTER = [
  { top: 0, bottom: 22 },
  { top: 24, bottom: 52 },
  { top: 60, bottom: 80 },
  { top: 80, bottom: 100 },
  // "Amount to pay" beside "Last day to pay", then their values, a little taller.
  { top: 108, bottom: 128 },
  { top: 108, bottom: 128 },
  { top: 128, bottom: 152 },
  { top: 128, bottom: 154 },
]

describe('How much of a paper the reading strip shows', () => {
  it('ends below the last whole line that fits, never through one', () => {
    expect(wholeLinesHeight(LETTER, 146)).toBe(128)
    expect(wholeLinesHeight(LETTER, 90)).toBe(80)
  })

  it('ends below the lower of two values side by side', () => {
    expect(wholeLinesHeight(LETTER, 153)).toBe(128)
    expect(wholeLinesHeight(LETTER, 160)).toBe(154)
  })

  it('is only as tall as a short paper', () => {
    expect(wholeLinesHeight(LETTER.slice(0, 2), 146)).toBe(52)
  })

  it('shows at least its first line in a room too small for it, and nothing for no paper', () => {
    expect(wholeLinesHeight(LETTER, 10)).toBe(22)
    expect(wholeLinesHeight([], 100)).toBe(0)
  })

  it("does not end inside a tall part beside short lines (the paper's buttons beside its title)", () => {
    const tools = { top: 0, bottom: 48 }
    const lines = [...LETTER.slice(0, 2), tools, ...LETTER.slice(2)]
    expect(wholeLinesHeight(lines, 50)).toBe(52)
    expect(wholeLinesHeight(lines, 90)).toBe(80)
  })
})
