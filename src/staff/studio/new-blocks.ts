import type { ErrandFile } from '../../errands/errand-file'
import { pageTextKeys } from '../../errands/page-ids'
import { pageBlockSchema, type PageBlock } from '../../errands/page-schema'
import { taskIdOf } from './duplicate'
import { getAt } from './json-path'

/** Every block kind of the page language, in the schema's order: the studio offers each. */
export const BLOCK_KINDS: readonly PageBlock['type'][] = pageBlockSchema.options.map(
  (option) => option.shape.type.value,
)

/** A block kind. */
export type BlockKind = PageBlock['type']

/** The rule a step must have for a block kind to take the step's field (the block shows that field). */
const RULE_OF_KIND: Partial<Record<BlockKind, string>> = {
  choice: 'choose',
  checkbox: 'choose',
  field: 'enter-value',
  calendar: 'pick-date',
  'time-slots': 'pick-time',
}

/** Where a new block goes: the errand, the page's stage, and the step whose page it is (it may have none). */
export interface BlockPlace {
  file: ErrandFile
  stage: string
  step: Record<string, unknown> | undefined
  /** The components the errand's scene draws for `custom` blocks (see {@link customComponents}). @default [] */
  components?: readonly string[]
}

/** Every string in the pages file: text keys and ids, so a new one is not taken already. */
function takenNames(file: ErrandFile): Set<string> {
  const names = new Set<string>()
  const walk = (data: unknown) => {
    if (typeof data === 'string') names.add(data)
    else if (Array.isArray(data)) data.forEach(walk)
    else if (typeof data === 'object' && data !== null) Object.values(data).forEach(walk)
  }
  walk(file.files['pages.json'])
  return names
}

/** `<task>.<stage>.<kind>-<n>` with the least n that no text key or id of the pages starts with. */
function freshPrefix(place: BlockPlace, kind: BlockKind): string {
  const taken = [...takenNames(place.file)]
  const base = `${taskIdOf(place.file)}.${place.stage}.${kind}`
  for (let n = 1; ; n++) {
    const prefix = `${base}-${n}`
    if (!taken.some((name) => name === prefix || name.startsWith(`${prefix}.`))) return prefix
  }
}

/** The field a new block of this kind shows: the step's own where its rule asks for one of this kind. */
function fieldFor(place: BlockPlace, kind: BlockKind, prefix: string): string {
  const rule = getAt(place.step, ['complete', 'rule'])
  const field = getAt(place.step, ['complete', 'params', 'field'])
  if (rule === RULE_OF_KIND[kind] && typeof field === 'string' && field !== '') return field
  return prefix.slice(prefix.lastIndexOf('.') + 1)
}

/** The ids the page draws already (its blocks' controls). */
function drawnIds(place: BlockPlace): Set<string> {
  const blocks = getAt(place.file.files['pages.json'], [place.stage, 'blocks'])
  const ids = new Set<string>()
  for (const block of Array.isArray(blocks) ? blocks : []) {
    const id = getAt(block, ['id'])
    if (typeof id === 'string') ids.add(id)
    const buttons = getAt(block, ['buttons'])
    for (const button of Array.isArray(buttons) ? buttons : []) {
      const buttonId = getAt(button, ['id'])
      if (typeof buttonId === 'string') ids.add(buttonId)
    }
  }
  return ids
}

/** The control a step presses (its target, or its rule's), when no block of its page draws it yet. */
function undrawnTarget(place: BlockPlace): string | null {
  const candidates = [getAt(place.step, ['complete', 'params', 'target']), getAt(place.step, ['targets', 0])]
  const drawn = drawnIds(place)
  for (const candidate of candidates)
    if (typeof candidate === 'string' && candidate !== '' && !drawn.has(candidate)) return candidate
  return null
}

/** Every block on every page of the errand, as written. */
function allBlocks(file: ErrandFile): unknown[] {
  const pages = file.files['pages.json']
  if (typeof pages !== 'object' || pages === null) return []
  return Object.values(pages).flatMap((page: unknown) => {
    const blocks = getAt(page, ['blocks'])
    return Array.isArray(blocks) ? blocks : []
  })
}

/** The first value of a string part of the errand's blocks of one kind (a field's keyboard, a component). */
function partInUse(file: ErrandFile, kind: BlockKind, part: string): string | undefined {
  for (const block of allBlocks(file)) {
    const value = getAt(block, [part])
    if (getAt(block, ['type']) === kind && typeof value === 'string') return value
  }
  return undefined
}

/** The components that errands of a scene name in their `custom` blocks: the ones the scene's code draws. */
export function customComponents(errands: readonly ErrandFile[], scene: unknown): string[] {
  const found = new Set<string>()
  for (const errand of errands) {
    if (getAt(errand.files['task.json'], ['scene']) !== scene) continue
    for (const block of allBlocks(errand)) {
      const component = getAt(block, ['component'])
      if (getAt(block, ['type']) === 'custom' && typeof component === 'string') found.add(component)
    }
  }
  return [...found].sort()
}

/**
 * A new block of a kind, ready to place on the page of `place.stage`: every part the schema requires is there,
 * its text keys are fresh (`<task>.<stage>.<kind>-<n>.<part>`, their texts still to write, so each shows as
 * missing beside its field), a block that shows a field takes the field of the step's rule where the rule is of
 * that kind, and a button takes the step's control while no block draws it yet.
 */
export function newBlock(place: BlockPlace, kind: BlockKind): PageBlock {
  const prefix = freshPrefix(place, kind)
  const key = (part: string) => `${prefix}.${part}`
  const field = fieldFor(place, kind, prefix)
  switch (kind) {
    case 'heading':
    case 'text':
      return { type: kind, text: key('text') }
    case 'facts':
      return { type: kind, rows: [{ label: key('row-1.label'), value: key('row-1.value') }] }
    case 'choice':
    case 'calendar':
      return { type: kind, id: prefix, field }
    case 'field': {
      // Typed on the on-screen keyboard the errand's other fields use.
      const keyboard = partInUse(place.file, 'field', 'keyboard')
      return { type: kind, id: prefix, field, label: key('label'), ...(keyboard ? { keyboard } : {}) }
    }
    case 'time-slots':
      return { type: kind, id: prefix, field, free: key('free'), taken: key('taken') }
    case 'checkbox':
      return { type: kind, id: prefix, field, label: key('label') }
    case 'buttons':
      return {
        type: kind,
        buttons: [
          { id: undrawnTarget(place) ?? key('button-1'), label: key('button-1'), variant: 'primary' },
        ],
      }
    case 'eid':
      return { type: kind, request: 'login', title: key('title'), party: key('party') }
    case 'receipt':
      return { type: kind, title: key('title'), number: { visitNumber: 'NR-{year}' }, lines: [key('line-1')] }
    case 'messages':
      return {
        type: kind,
        id: prefix,
        messages: [{ id: 'message-1', from: key('message-1.from'), subject: key('message-1.subject') }],
      }
    case 'card':
      return { type: kind, title: key('title'), lines: [key('line-1')] }
    case 'feedback':
      return { type: kind }
    case 'custom':
      // Only a scene's own code draws one: a component the errand or its scene names already, or the author's.
      return {
        type: kind,
        component: partInUse(place.file, 'custom', 'component') ?? place.components?.[0] ?? '',
      }
    case 'dialog':
      return {
        type: kind,
        title: key('title'),
        blocks: [{ type: 'text', text: key('text') }],
        buttons: [{ id: key('close'), label: key('close'), variant: 'primary' }],
      }
  }
}

/** What a block holds a list of, that an author can add one more to: rows, buttons, lines or messages. */
export type BlockList = 'rows' | 'buttons' | 'lines' | 'messages'

/** The list an author can lengthen in a block of this kind, if any. */
export function listOfBlock(block: unknown): BlockList | null {
  switch (getAt(block, ['type'])) {
    case 'facts':
      return 'rows'
    case 'buttons':
    case 'dialog':
      return 'buttons'
    case 'receipt':
    case 'card':
      return 'lines'
    case 'messages':
      return 'messages'
    default:
      return null
  }
}

/** The block with one more item in its list, its text keys (and a button's id) fresh beside the block's own. */
export function withListItem(file: ErrandFile, block: unknown, list: BlockList): unknown {
  const items = getAt(block, [list])
  const current = Array.isArray(items) ? items : []
  const taken = takenNames(file)
  // New blocks' keys are `<prefix>.<part>` and their items' `<prefix>.<item>-<n>…`; a block copied from an
  // errand keeps its keys' first parts.
  const sample = pageTextKeys(block)[0]?.key ?? taskIdOf(file)
  const ofItem = /^(.*)\.(?:row|button|line|message)-\d+(?:\..*)?$/.exec(sample)
  const prefix = ofItem?.[1] ?? (sample.includes('.') ? sample.slice(0, sample.lastIndexOf('.')) : sample)
  let n = current.length + 1
  const part = list === 'rows' ? 'row' : list === 'buttons' ? 'button' : list === 'lines' ? 'line' : 'message'
  while ([...taken].some((name) => name.startsWith(`${prefix}.${part}-${n}`))) n++
  const key = `${prefix}.${part}-${n}`
  const item =
    list === 'rows'
      ? { label: `${key}.label`, value: `${key}.value` }
      : list === 'buttons'
        ? { id: key, label: key }
        : list === 'lines'
          ? key
          : { id: `message-${n}`, from: `${key}.from`, subject: `${key}.subject` }
  return { ...(block as Record<string, unknown>), [list]: [...current, item] }
}
