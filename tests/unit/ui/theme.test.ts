import { describe, expect, it } from 'vitest'
import { buttonColors, TEXT_SIZES, themeFor, type Theme } from '../../../src/ui/theme'

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const c = parseInt(hex.slice(at, at + 2), 16) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }) as [number, number, number]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

const base = { textSize: 'normal', contrast: 'normal', reduceMotion: 'off' } as const

/** Every pair of text and background colour the kit draws. */
function textPairs(theme: Theme): [string, string, string][] {
  const c = theme.color
  return [
    ['text on panel', c.text, c.panel],
    ['muted text on panel', c.mutedText, c.panel],
    ['text on field', c.text, c.field],
    ['feedback', c.feedbackText, c.feedback],
    ['hint', c.hintText, c.hint],
    ...(['primary', 'secondary', 'success', 'danger'] as const).map((variant): [string, string, string] => [
      variant,
      buttonColors(theme, variant).text,
      buttonColors(theme, variant).base,
    ]),
  ]
}

describe('the theme', () => {
  it('makes every text 1.25 and 1.5 times larger at the large and largest text sizes', () => {
    expect(themeFor(base).text.body).toBe(TEXT_SIZES.body)
    expect(themeFor({ ...base, textSize: 'large' }).text.body).toBeCloseTo(TEXT_SIZES.body * 1.25)
    expect(themeFor({ ...base, textSize: 'largest' }).text.small).toBeCloseTo(TEXT_SIZES.small * 1.5)
    expect(themeFor({ ...base, textSize: 'largest' }).textScale).toBe(1.5)
  })

  it('has text at AA contrast (4.5:1) normally and AAA contrast (7:1) in high contrast', () => {
    for (const [name, text, background] of textPairs(themeFor(base))) {
      expect(contrast(text, background), name).toBeGreaterThanOrEqual(4.5)
    }
    for (const [name, text, background] of textPairs(themeFor({ ...base, contrast: 'high' }))) {
      expect(contrast(text, background), name).toBeGreaterThanOrEqual(7)
    }
  })

  it('stops the pulse and the glides when motion is reduced', () => {
    expect(themeFor(base).motion).toEqual({ pulse: true, glide: true })
    expect(themeFor({ ...base, reduceMotion: 'on' }).motion).toEqual({ pulse: false, glide: false })
  })
})
