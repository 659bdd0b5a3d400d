import { isolate } from '../../i18n/bidi'
import { localeInfo, type Locale } from '../../i18n/locales'
import { translate } from '../../i18n/translate'
import type { DocumentLook, DocumentSpec, TextValue } from './document-schema'

/** An entry with its label and value in the visitor's language. */
export interface ResolvedEntry {
  label: string
  value: string
  /** The value is a practice value printed as it is (a number to type): it never wraps. */
  verbatim: boolean
}

/** One block of a section, its text filled in. */
export type ResolvedItem =
  | { kind: 'entries'; entries: ResolvedEntry[]; emphasis: boolean }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; lines: string[] }

export interface ResolvedSection {
  heading: string | null
  items: ResolvedItem[]
}

/** A document as the visitor reads it: every text in their language, every value filled in. */
export interface ResolvedDocument {
  id: string
  look: DocumentLook
  /** Its accessible name. */
  name: string
  sender: string | null
  title: string
  sections: ResolvedSection[]
}

/**
 * Fills a document spec with text in a language and the errand's practice values (display strings by name, from
 * `practiceValues`). The one step between the data and every way of showing it: 3D, the DOM mirror, the reading
 * view. In a right-to-left language numbers stay in their printed order (see `bidi.ts`).
 */
export function resolveDocument(
  doc: DocumentSpec,
  locale: Locale,
  values: Readonly<Record<string, string>>,
): ResolvedDocument {
  const rtl = localeInfo(locale).dir === 'rtl'
  const text = (key: string) => translate(locale, key, values)
  const valueOf = (value: TextValue) => {
    if (typeof value === 'string') return text(value)
    const printed = values[value.$practice] ?? `{${value.$practice}}`
    return rtl ? isolate(printed) : printed
  }
  return {
    id: doc.id,
    look: doc.look,
    name: text(doc.nameKey),
    sender: doc.senderKey === undefined ? null : text(doc.senderKey),
    title: text(doc.titleKey),
    sections: doc.sections.map((section) => ({
      heading: section.headingKey === undefined ? null : text(section.headingKey),
      items: section.items.map((item): ResolvedItem => {
        if ('entries' in item) {
          return {
            kind: 'entries',
            emphasis: item.emphasis ?? false,
            entries: item.entries.map((entry) => ({
              label: text(entry.labelKey),
              value: valueOf(entry.value),
              verbatim: typeof entry.value !== 'string',
            })),
          }
        }
        if ('paragraph' in item) return { kind: 'paragraph', text: valueOf(item.paragraph) }
        return { kind: 'list', lines: item.list.map(valueOf) }
      }),
    })),
  }
}
