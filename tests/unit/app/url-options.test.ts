import { describe, expect, it } from 'vitest'
import { readUrlOptions } from '../../../src/app/url-options'

describe('readUrlOptions', () => {
  it('reads the flags and the starting language', () => {
    expect(readUrlOptions('?automation=1&emulate=1&lang=ar')).toEqual({
      automation: true,
      emulate: true,
      locale: 'ar',
      renderScale: null,
    })
    expect(readUrlOptions('?lang=xx').locale).toBeNull()
  })

  it('takes a render scale from 0.25 to 1, and leaves the screen its own pixel ratio otherwise', () => {
    expect(readUrlOptions('?renderScale=0.5').renderScale).toBe(0.5)
    expect(readUrlOptions('?renderScale=0.25').renderScale).toBe(0.25)
    expect(readUrlOptions('?renderScale=1').renderScale).toBe(1)
    for (const wrong of [
      '',
      '?renderScale=',
      '?renderScale=0',
      '?renderScale=0.1',
      '?renderScale=2',
      '?renderScale=x',
    ])
      expect(readUrlOptions(wrong).renderScale).toBeNull()
  })
})
