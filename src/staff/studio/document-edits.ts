import type { DocumentItem, DocumentSection, DocumentSpec } from '../../errands/document-schema'
import type { ErrandFile } from '../../errands/errand-file'
import { pageTextKeys } from '../../errands/page-ids'
import { taskIdOf } from './duplicate'
import { setInFile } from './errand-edits'
import { getAt, type JsonPath } from './json-path'

/** The kinds of block a section of the paper holds: label/value rows, a paragraph, or a list of lines. */
export type DocumentItemKind = 'entries' | 'paragraph' | 'list'

/** The kinds, in the order the studio offers them. */
export const DOCUMENT_ITEM_KINDS: readonly DocumentItemKind[] = ['entries', 'paragraph', 'list']

/** `<task>.paper.<part>-<n>` with the least n that no text key of the paper starts with. */
function freshKey(file: ErrandFile, part: string): string {
  const taken = pageTextKeys(file.files['document.json']).map(({ key }) => key)
  const base = `${taskIdOf(file)}.paper.${part}`
  for (let n = 1; ; n++) {
    const key = `${base}-${n}`
    if (!taken.some((name) => name === key || name.startsWith(`${key}.`))) return key
  }
}

/** A new item of a kind, its text keys fresh. */
function newItem(file: ErrandFile, kind: DocumentItemKind): DocumentItem {
  switch (kind) {
    case 'entries': {
      const row = freshKey(file, 'row')
      return { entries: [{ labelKey: `${row}.label`, value: `${row}.value` }] }
    }
    case 'paragraph':
      return { paragraph: freshKey(file, 'paragraph') }
    case 'list':
      return { list: [freshKey(file, 'line')] }
  }
}

/** The paper's sections as written, or none. */
export function sectionsOf(file: ErrandFile): unknown[] {
  const sections = getAt(file.files['document.json'], ['sections'])
  return Array.isArray(sections) ? sections : []
}

function setInDocument(file: ErrandFile, path: JsonPath, value: unknown): ErrandFile {
  return setInFile(file, 'document.json', path, value)
}

/**
 * The errand with a paper made from nothing: a letter with its name, title and one section (a heading and a
 * paragraph), every text key fresh under `<task>.paper`, the texts still to write. Its id, `<task>.paper`, is what
 * steps target and show it by.
 */
export function createDocument(file: ErrandFile): ErrandFile {
  const task = taskIdOf(file)
  const document: DocumentSpec = {
    id: `${task}.paper`,
    nameKey: `${task}.paper.name`,
    look: 'letter',
    titleKey: `${task}.paper.title`,
    sections: [
      { headingKey: `${task}.paper.heading-1`, items: [{ paragraph: `${task}.paper.paragraph-1` }] },
    ],
  }
  return setInDocument(file, [], document)
}

/** The errand without its paper. */
export function removeDocument(file: ErrandFile): ErrandFile {
  return setInDocument(file, [], undefined)
}

/** Adds a section at the end: a heading, and one item of the kind asked for. */
export function addSection(file: ErrandFile, kind: DocumentItemKind = 'paragraph'): ErrandFile {
  const section: DocumentSection = { headingKey: freshKey(file, 'heading'), items: [newItem(file, kind)] }
  return setInDocument(file, ['sections'], [...sectionsOf(file), section])
}

/** Removes a section. */
export function removeSection(file: ErrandFile, index: number): ErrandFile {
  return setInDocument(
    file,
    ['sections'],
    sectionsOf(file).filter((_section, i) => i !== index),
  )
}

/** Moves a section up or down the paper. */
export function moveSection(file: ErrandFile, from: number, to: number): ErrandFile {
  const sections = sectionsOf(file)
  if (to < 0 || to >= sections.length || from === to) return file
  const rest = sections.filter((_section, i) => i !== from)
  return setInDocument(file, ['sections'], [...rest.slice(0, to), sections[from], ...rest.slice(to)])
}

/** Gives a section a heading (fresh key), or takes it away. */
export function setSectionHeading(file: ErrandFile, section: number, on: boolean): ErrandFile {
  return setInDocument(file, ['sections', section, 'headingKey'], on ? freshKey(file, 'heading') : undefined)
}

function itemsOf(file: ErrandFile, section: number): unknown[] {
  const items = getAt(file.files['document.json'], ['sections', section, 'items'])
  return Array.isArray(items) ? items : []
}

/** Adds an item of a kind at the end of a section. */
export function addItem(file: ErrandFile, section: number, kind: DocumentItemKind): ErrandFile {
  return setInDocument(file, ['sections', section, 'items'], [...itemsOf(file, section), newItem(file, kind)])
}

/** Removes an item of a section. */
export function removeItem(file: ErrandFile, section: number, item: number): ErrandFile {
  return setInDocument(
    file,
    ['sections', section, 'items'],
    itemsOf(file, section).filter((_item, i) => i !== item),
  )
}

/** The kind of an item as written, or null. */
export function itemKind(item: unknown): DocumentItemKind | null {
  if (typeof item !== 'object' || item === null) return null
  return DOCUMENT_ITEM_KINDS.find((kind) => kind in item) ?? null
}

/** Adds one more line to an item: a label/value row to rows, a line to a list. A paragraph takes none. */
export function addLine(file: ErrandFile, section: number, item: number): ErrandFile {
  const path = ['sections', section, 'items', item]
  const written = getAt(file.files['document.json'], path)
  const kind = itemKind(written)
  if (kind === 'entries') {
    const entries = getAt(written, ['entries'])
    const row = freshKey(file, 'row')
    return setInDocument(
      file,
      [...path, 'entries'],
      [...(Array.isArray(entries) ? entries : []), { labelKey: `${row}.label`, value: `${row}.value` }],
    )
  }
  if (kind === 'list') {
    const lines = getAt(written, ['list'])
    return setInDocument(
      file,
      [...path, 'list'],
      [...(Array.isArray(lines) ? lines : []), freshKey(file, 'line')],
    )
  }
  return file
}

/** Removes one line of an item (a row, or a list's line); the last one stays, as the schema needs one. */
export function removeLine(file: ErrandFile, section: number, item: number, line: number): ErrandFile {
  const path = ['sections', section, 'items', item]
  const kind = itemKind(getAt(file.files['document.json'], path))
  if (kind !== 'entries' && kind !== 'list') return file
  const lines = getAt(file.files['document.json'], [...path, kind])
  if (!Array.isArray(lines) || lines.length <= 1) return file
  return setInDocument(
    file,
    [...path, kind],
    lines.filter((_line, i) => i !== line),
  )
}

/** Prints rows as a tinted band (as a bill prints the amount to pay), or plainly. */
export function setEmphasis(file: ErrandFile, section: number, item: number, on: boolean): ErrandFile {
  return setInDocument(file, ['sections', section, 'items', item, 'emphasis'], on ? true : undefined)
}
