// @vitest-environment jsdom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { documentOf, practiceOf } from '../../../../src/errands/documents'
import { practiceValues } from '../../../../src/errands/practice-data'
import type { Locale } from '../../../../src/i18n/locales'
import { DocumentArticle } from '../../../../src/ui/document/document-article'
import { resolveDocument } from '../../../../src/ui/document/resolve-document'

const LRI = '\u2066'
const PDI = '\u2069'
const STARTED_AT = Date.UTC(2026, 11, 7, 9)

let host: HTMLElement | null = null
afterEach(() => {
  host?.remove()
  host = null
})

/** The bank's bill as page text, in a language: its entries as label → value. */
async function billInDom(locale: Locale): Promise<{ article: Element; entries: Record<string, string> }> {
  const spec = documentOf('pay-bill')
  if (!spec) throw new Error('pay-bill has no document')
  const bill = resolveDocument(spec, locale, practiceValues(practiceOf('pay-bill'), locale, STARTED_AT))
  host = document.body.appendChild(document.createElement('div'))
  const root = createRoot(host)
  await act(async () => root.render(<DocumentArticle document={bill} />))
  const article = host.querySelector('article')
  if (!article) throw new Error('no article')
  const entries: Record<string, string> = {}
  for (const row of article.querySelectorAll('dl > div')) {
    entries[row.querySelector('dt')?.textContent ?? ''] = row.querySelector('dd')?.textContent ?? ''
  }
  return { article, entries }
}

describe('DocumentArticle', () => {
  it('gives a screen reader the bill’s title and every label with its value', async () => {
    const { article, entries } = await billInDom('sv')
    expect(article.querySelector('h2')?.textContent).toBe('Stadens Energi AB')
    expect(entries).toEqual({
      Bankgiro: '5050-1055',
      'OCR-nummer': '3100571268',
      Förfallodag: '17 december 2026',
      'Att betala': '845,00 kr',
    })
  })

  it('keeps the numbers in their printed order inside Arabic text', async () => {
    const { entries } = await billInDom('ar')
    expect(Object.values(entries)).toEqual(
      expect.arrayContaining([`${LRI}5050-1055${PDI}`, `${LRI}3100571268${PDI}`]),
    )
  })
})
