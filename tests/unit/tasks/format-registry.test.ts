import { describe, expect, it } from 'vitest'
import { defineFormat } from '../../../src/tasks/format'
import { FORMATS, buildFormatRegistry, formatById } from '../../../src/tasks/format-registry'

const format = (id: string) => defineFormat({ id, kind: 'digits', keyboard: 'digits', accepts: () => true })

describe('the formats registry', () => {
  it("gathers the generic formats and the bank's own from the scene folder", () => {
    expect([...FORMATS.keys()].sort()).toEqual([
      'amount',
      'bankgiro',
      'choice',
      'date',
      'digits',
      'multi-choice',
      'ocr',
      'personnummer',
      'phone-se',
      'text',
    ])
    expect(formatById('ocr').id).toBe('ocr')
    expect(() => formatById('ocrx')).toThrow('unknown format "ocrx"')
  })

  it('lists only codes its validate can give, each once', () => {
    for (const each of FORMATS.values()) {
      expect(new Set(each.mistakeCodes).size, each.id).toBe(each.mistakeCodes.length)
      expect(each.mistakeCodes, each.id).not.toContain('empty')
      expect(each.mistakeCodes, each.id).not.toContain('mismatch')
    }
  })

  it('names the file whose id is not its file name', () => {
    expect(() =>
      buildFormatRegistry({ '../../scenes/post/formats/postcode.format.ts': format('zip') }),
    ).toThrow('scenes/post/formats/postcode.format.ts: format id "zip" must match the file name')
  })

  it('names the file that exports no format', () => {
    expect(() => buildFormatRegistry({ './formats/odd.format.ts': { id: 'odd' } })).toThrow(
      'src/tasks/formats/odd.format.ts: export default defineFormat({ ... })',
    )
  })

  it('names both files that define the same id', () => {
    expect(() =>
      buildFormatRegistry({
        './formats/ocr.format.ts': format('ocr'),
        '../../scenes/bank/formats/ocr.format.ts': format('ocr'),
      }),
    ).toThrow(
      'scenes/bank/formats/ocr.format.ts: format "ocr" is already defined in src/tasks/formats/ocr.format.ts',
    )
  })
})
