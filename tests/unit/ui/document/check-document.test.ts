import { describe, expect, it } from 'vitest'
import type { PracticeData } from '../../../../src/errands/practice-data'
import { DICTIONARY } from '../../../../src/i18n/dictionary'
import type { Locale } from '../../../../src/i18n/locales'
import { checkDocument } from '../../../../src/ui/document/check-document'
import { documentSchema, type DocumentSpec } from '../../../../src/ui/document/document-schema'

const PRACTICE: PracticeData = {
  values: {
    'bill-ocr': { value: '3100571268', format: 'ocr' },
    'bill-payee': { value: 'Stadens Energi AB' },
  },
}

const TEXTS: Record<string, Partial<Record<Locale, string>>> = {
  'test.name': { sv: 'Räkning', 'sv-easy': 'Räkning', en: 'Bill', ar: 'فاتورة' },
  'test.title': { sv: '{bill-payee}', 'sv-easy': '{bill-payee}', en: '{bill-payee}', ar: '{bill-payee}' },
  'test.ocr': { sv: 'OCR', 'sv-easy': 'OCR', en: 'OCR', ar: 'رقم OCR' },
  'test.no-arabic': { sv: 'Hej', 'sv-easy': 'Hej', en: 'Hello' },
  'test.typo': { sv: '{bill-payer}', 'sv-easy': '{bill-payer}', en: '{bill-payer}', ar: '{bill-payer}' },
}
const lookup = (locale: Locale, key: string) => TEXTS[key]?.[locale]

const bill = (sections: DocumentSpec['sections']): DocumentSpec => ({
  id: 'test.bill',
  nameKey: 'test.name',
  look: 'bill',
  titleKey: 'test.title',
  sections,
})

const GOOD = bill([{ items: [{ entries: [{ labelKey: 'test.ocr', value: { $practice: 'bill-ocr' } }] }] }])

describe('checkDocument', () => {
  it('passes a document whose keys exist in all four languages and whose practice values exist', () => {
    expect(checkDocument(GOOD, PRACTICE, lookup)).toEqual([])
  })

  it('refuses a key that is not a text key, with its path', () => {
    const errors = checkDocument({ ...GOOD, titleKey: 'Stadens Energi' }, PRACTICE, lookup)
    expect(errors).toEqual([{ path: ['titleKey'], message: expect.stringContaining('text key') }])
  })

  it('refuses a text key missing in Arabic, with its path', () => {
    const doc = bill([{ items: [{ paragraph: 'test.no-arabic' }] }])
    expect(checkDocument(doc, PRACTICE, lookup)).toEqual([
      {
        path: ['sections', 0, 'items', 0, 'paragraph'],
        message: 'text key "test.no-arabic" is missing in ar',
      },
    ])
  })

  it('refuses an unknown $practice name and a placeholder no value fills', () => {
    const doc = bill([
      {
        headingKey: 'test.typo',
        items: [{ entries: [{ labelKey: 'test.ocr', value: { $practice: 'bill-ocrr' } }] }],
      },
    ])
    expect(checkDocument(doc, PRACTICE, lookup)).toEqual([
      { path: ['sections', 0, 'headingKey'], message: expect.stringContaining('{bill-payer}') },
      {
        path: ['sections', 0, 'items', 0, 'entries', 0, 'value', '$practice'],
        message: 'no practice value "bill-ocrr"',
      },
    ])
  })

  it('refuses a document of the wrong shape: no sections, an unknown look, an item of no kind', () => {
    expect(checkDocument({ ...GOOD, sections: [] }, PRACTICE, lookup)[0]?.path).toEqual(['sections'])
    expect(checkDocument({ ...GOOD, look: 'poster' }, PRACTICE, lookup)[0]?.path).toEqual(['look'])
    const odd = checkDocument(bill([{ items: [{ picture: 'x' } as never] }]), PRACTICE, lookup)
    expect(odd[0]?.path).toEqual(['sections', 0, 'items', 0])
  })

  it('passes every document in the repository against the real locale files', () => {
    const documents = import.meta.glob<unknown>('../../../../scenes/*/errands/*/document.json', {
      eager: true,
      import: 'default',
    })
    const practices = import.meta.glob<PracticeData>('../../../../scenes/*/errands/*/practice.json', {
      eager: true,
      import: 'default',
    })
    expect(Object.keys(documents).length).toBeGreaterThanOrEqual(3)
    for (const [file, doc] of Object.entries(documents)) {
      expect(documentSchema.safeParse(doc).success, file).toBe(true)
      const practice = practices[file.replace('document.json', 'practice.json')] ?? null
      expect(
        checkDocument(doc, practice, (locale, key) => DICTIONARY[locale][key]),
        file,
      ).toEqual([])
    }
  })
})
