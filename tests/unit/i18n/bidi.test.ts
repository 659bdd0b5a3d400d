import bidiFactory from 'bidi-js'
import { describe, expect, it } from 'vitest'
import { isolate, isolateNumbers, LRI, PDI, RLI, withoutIsolates } from '../../../src/i18n/bidi'
import { translate } from '../../../src/i18n/translate'

const bidi = bidiFactory()

/**
 * A line as it appears on screen, left to right, the way troika lays it out: bidi-js's embedding levels and
 * reordered runs, with the (invisible) isolate characters left out.
 */
function displayed(text: string, direction: 'ltr' | 'rtl'): string {
  const levels = bidi.getEmbeddingLevels(text, direction)
  const chars = [...text]
  for (const [start, end] of bidi.getReorderSegments(text, levels)) {
    chars.splice(start, end - start + 1, ...chars.slice(start, end + 1).reverse())
  }
  return withoutIsolates(chars.join(''))
}

describe('numbers in right-to-left text', () => {
  it('without isolates, a bankgiro number after an Arabic word comes out reversed (the problem)', () => {
    expect(displayed('بنكيرو 5050-1055', 'rtl')).toContain('1055-5050')
  })

  it('isolated, the bankgiro number keeps its printed order', () => {
    const line = `بنكيرو ${isolateNumbers('5050-1055')}`
    expect(displayed(line, 'rtl')).toContain('5050-1055')
    expect(displayed(line, 'rtl')).not.toContain('1055-5050')
  })

  it('keeps spaced digits, amounts and times in order', () => {
    expect(displayed(isolateNumbers('اكتب 5 0 5 0 1 0 5 5 ثم اضغط'), 'rtl')).toContain('5 0 5 0 1 0 5 5')
    expect(displayed(isolateNumbers('المبلغ 1 250,00 كرونة'), 'rtl')).toContain('1 250,00')
    expect(displayed(isolateNumbers('الساعة 12:30'), 'rtl')).toContain('12:30')
    expect(displayed(isolateNumbers('من: +46 70 000 14 29'), 'rtl')).toContain('+46 70 000 14 29')
  })

  it('isolates a value as one unit: left to right, or right to left when it is Arabic itself', () => {
    expect(isolate('PB-0000012345')).toBe(`${LRI}PB-0000012345${PDI}`)
    expect(isolate('8 ديسمبر 2026')).toBe(`${RLI}8 ديسمبر 2026${PDI}`)
    expect(isolate('')).toBe('')
    expect(displayed(`المرجع: ${isolate('PB-0000012345')}`, 'rtl')).toContain('PB-0000012345')
  })
})

describe('translate() in Arabic', () => {
  it('isolates every number of the text and every value filled in, so the bankgiro reads 5050-1055', () => {
    const text = translate('ar', 'bank.review.line', {
      label: translate('ar', 'bank.field.bankgiro'),
      value: '5050-1055',
    })
    expect(text).toContain(`${LRI}5050-1055${PDI}`)
    expect(displayed(text, 'rtl')).toContain('5050-1055')
    const hint = translate('ar', 'bank.hint.enter-bankgiro-digits')
    expect(displayed(hint, 'rtl')).toContain('5 0 5 0 1 0 5 5')
  })

  it('keeps "step 3 of 11" with its numbers in place', () => {
    const text = translate('ar', 'task.step-of', { n: 3, count: 11 })
    expect(text).toContain(`${LRI}3${PDI}`)
    expect(text).toContain(`${LRI}11${PDI}`)
  })

  it('adds nothing to left-to-right languages', () => {
    expect(translate('sv', 'task.step-of', { n: 3, count: 11 })).toBe('Steg 3 av 11')
    expect(translate('sv-easy', 'bank.hint.enter-bankgiro-digits')).not.toMatch(/[\u2066-\u2069]/)
  })
})
