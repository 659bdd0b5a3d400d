import { describe, expect, it } from 'vitest'
import { bytesPerSource } from '../../../bench/source-map-bytes'

describe('bytesPerSource: which source each character of a built chunk came from', () => {
  it('gives each segment the characters up to the next one, across lines', () => {
    // Line 1: "aaaa" from a.ts (col 0, src 0), "bb" from b.ts (col 4, src +1). Line 2: "ccc" from a.ts (src -1).
    // VLQ: A=0, C=1, D=-1, I=4.
    const map = { sources: ['a.ts', 'b.ts'], mappings: 'AAAA,ICAA;ADAA' }
    expect(bytesPerSource('aaaabb\nccc', map)).toEqual(
      new Map([
        ['a.ts', 4 + 3],
        ['b.ts', 2],
      ]),
    )
  })

  it('counts no source for a segment that names none', () => {
    expect(bytesPerSource('xxyy', { sources: ['a.ts'], mappings: 'A,EAAA' })).toEqual(new Map([['a.ts', 2]]))
  })
})
