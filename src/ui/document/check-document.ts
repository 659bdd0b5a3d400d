import { LOCALES, type Locale } from '../../i18n/locales'
import type { PackageError, PracticeData } from '../../errands/practice-data'
import { documentSchema, type DocumentSpec, type TextValue } from './document-schema'

/**
 * Whether a text key exists in a locale. It may return the text itself: its `{name}` placeholders are then
 * checked against the practice values too.
 */
export type TextLookup = (locale: Locale, key: string) => boolean | string | undefined

type Path = (string | number)[]

const PLACEHOLDER = /\{([\w-]+)\}/g

/** Every text key and practice reference of a document, with where it is written. */
function* refsOf(doc: DocumentSpec): Generator<{ path: Path; value: TextValue }> {
  yield { path: ['nameKey'], value: doc.nameKey }
  if (doc.senderKey !== undefined) yield { path: ['senderKey'], value: doc.senderKey }
  yield { path: ['titleKey'], value: doc.titleKey }
  for (const [s, section] of doc.sections.entries()) {
    const at: Path = ['sections', s]
    if (section.headingKey !== undefined) yield { path: [...at, 'headingKey'], value: section.headingKey }
    for (const [i, item] of section.items.entries()) {
      const itemAt: Path = [...at, 'items', i]
      if ('entries' in item) {
        for (const [e, entry] of item.entries.entries()) {
          yield { path: [...itemAt, 'entries', e, 'labelKey'], value: entry.labelKey }
          yield { path: [...itemAt, 'entries', e, 'value'], value: entry.value }
        }
      } else if ('paragraph' in item) {
        yield { path: [...itemAt, 'paragraph'], value: item.paragraph }
      } else {
        for (const [l, line] of item.list.entries()) yield { path: [...itemAt, 'list', l], value: line }
      }
    }
  }
}

/**
 * What is wrong with a document spec: its shape, a text key missing in any of the four languages, a placeholder
 * or a `$practice` reference with no practice value of that name. Each error has its path in `document.json`.
 */
export function checkDocument(
  doc: unknown,
  practice: PracticeData | null,
  hasText: TextLookup,
): PackageError[] {
  const parsed = documentSchema.safeParse(doc)
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
      message: issue.message,
    }))
  }
  const names = new Set(Object.keys(practice?.values ?? {}))
  const errors: PackageError[] = []
  for (const { path, value } of refsOf(parsed.data)) {
    if (typeof value !== 'string') {
      if (!names.has(value.$practice)) {
        errors.push({ path: [...path, '$practice'], message: `no practice value "${value.$practice}"` })
      }
      continue
    }
    const unknown = new Set<string>()
    for (const { code } of LOCALES) {
      const text = hasText(code, value)
      if (text === false || text === undefined) {
        errors.push({ path, message: `text key "${value}" is missing in ${code}` })
      } else if (typeof text === 'string') {
        for (const match of text.matchAll(PLACEHOLDER)) {
          const name = match[1] ?? ''
          if (!names.has(name)) unknown.add(name)
        }
      }
    }
    for (const name of unknown) {
      errors.push({ path, message: `text key "${value}" fills in {${name}}, which is no practice value` })
    }
  }
  return errors
}
