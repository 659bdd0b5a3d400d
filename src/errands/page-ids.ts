import type { PageBlock, PageSpec, PagesSpec } from './page-schema'

/** The ids of the controls a block draws, and the fields it asks for. */
function blockIds(block: PageBlock): { ids: string[]; fields: string[] } {
  switch (block.type) {
    case 'choice':
    case 'calendar':
    case 'time-slots':
      return { ids: [block.id], fields: [block.field] }
    case 'field':
      return {
        ids: [block.id, ...(block.keyboard ? [block.keyboard, `${block.keyboard}.ok`] : [])],
        fields: [block.field],
      }
    case 'checkbox':
      return {
        ids: [block.id, ...(block.readMore ? [block.readMore.id, block.readMore.closeId] : [])],
        fields: [block.field],
      }
    case 'buttons':
      return { ids: block.buttons.map((button) => button.id), fields: [] }
    case 'dialog':
      return { ids: block.buttons.map((button) => button.id), fields: [] }
    case 'messages':
      return {
        ids: [
          block.id,
          ...block.messages.flatMap((message) => [
            `${block.id}.${message.id}`,
            ...(block.report === undefined ? [] : [`${block.id}.${message.id}.report`]),
          ]),
        ],
        fields: [],
      }
    default:
      return { ids: [], fields: [] }
  }
}

/** What a page draws: the ids of its controls and the fields it asks for, its base page's included. */
export function pageDraws(pages: PagesSpec, page: PageSpec): { ids: Set<string>; fields: Set<string> } {
  const ids = new Set<string>()
  const fields = new Set<string>()
  const blocks = [...(page.base ? (pages[page.base]?.blocks ?? []) : []), ...page.blocks]
  for (const block of blocks) {
    const drawn = blockIds(block)
    drawn.ids.forEach((id) => ids.add(id))
    drawn.fields.forEach((field) => fields.add(field))
  }
  return { ids, fields }
}

/** Strings in a page that are not text keys: ids, names and settings. */
const NOT_TEXT = new Set([
  'type',
  'id',
  'field',
  'keyboard',
  'variant',
  'action',
  'align',
  'look',
  'request',
  'as',
  'base',
  'component',
  'visitNumber',
  'closeId',
  '$practice',
])

/** Every text key a page file uses, with its path in the file. */
export function pageTextKeys(
  data: unknown,
  path: (string | number)[] = [],
): { key: string; path: (string | number)[] }[] {
  if (typeof data === 'string') return [{ key: data, path }]
  if (Array.isArray(data)) return data.flatMap((item, index) => pageTextKeys(item, [...path, index]))
  if (typeof data !== 'object' || data === null) return []
  return Object.entries(data).flatMap(([name, value]) =>
    NOT_TEXT.has(name) ? [] : pageTextKeys(value, [...path, name]),
  )
}
