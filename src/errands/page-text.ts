import type { PageBlock, PageValue } from './page-schema'

/**
 * What a block says as text, in the order it is drawn: a heading, a paragraph (one shown only once the task is
 * done counts only then), each fact's label and value, a receipt's title, number and lines, a card's lines. Its
 * controls are not text: each has its name in the DOM mirror. One definition for the page read aloud and for the
 * clips the build makes of the pages' fixed texts.
 */
export function blockText(block: PageBlock, completed: boolean): PageValue[] {
  switch (block.type) {
    case 'heading':
      return [block.text]
    case 'text':
      return block.whenDone && !completed ? [] : [block.text]
    case 'facts':
      return block.rows.flatMap((row) => [row.label, row.value])
    case 'receipt':
      return [block.title, block.number, ...block.lines]
    case 'card':
      return [block.title, ...block.lines, ...(block.badge === undefined ? [] : [block.badge])]
    case 'eid':
      return [block.title]
    default:
      return []
  }
}
