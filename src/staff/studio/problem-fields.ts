import { LOCALES, isLocale, type Locale } from '../../domain/locales'
import type { ErrandProblems } from '../../errands/check-errand'
import { RULES, type RuleName } from '../../tasks/rule-registry'
import { getAt } from './json-path'

/**
 * Where a problem shows: the id of a form field. A field of a file is `<file>#<path>` (`task.json#steps.2.stage`);
 * a text in one language is `text:<locale>:<key>`. `<file>#` (empty path) is the file as a whole.
 */
export type FieldId = string

/** The field id of a path in a file. */
export function fileField(file: string, path: readonly (string | number)[]): FieldId {
  return `${file}#${path.join('.')}`
}

/** The field id of a text in one language. */
export function textField(locale: Locale, key: string): FieldId {
  return `text:${locale}:${key}`
}

const LOCALE_CODES = LOCALES.map(({ code }) => code).join('|')
// The checks name a missing text in words (check-errand.ts and check-document.ts); these read the locale and key back.
const MISSING_IN_TASK = new RegExp(`\\((${LOCALE_CODES})\\) for "(.+)"$`)
const MISSING_IN_DOCUMENT = new RegExp(`^text key "(.+)" is missing in (${LOCALE_CODES})$`)

/** The field a problem concerns: a missing text is the text's own field in that language. */
export function problemField(
  file: string,
  problem: { path: readonly (string | number)[]; message: string },
): FieldId {
  const textsOf = /^texts\.(.+)$/.exec(file)?.[1]
  const first = problem.path[0]
  if (textsOf !== undefined && isLocale(textsOf) && typeof first === 'string')
    return textField(textsOf, first)
  const inTask = MISSING_IN_TASK.exec(problem.message)
  if (inTask?.[1] !== undefined && inTask[2] !== undefined && isLocale(inTask[1]))
    return textField(inTask[1], inTask[2])
  const inDocument = MISSING_IN_DOCUMENT.exec(problem.message)
  if (inDocument?.[1] !== undefined && isLocale(inDocument[2])) return textField(inDocument[2], inDocument[1])
  return fileField(file, problem.path)
}

/** Every parameter a rule can take, so each has a field to show its problems beside. */
const RULE_PARAMS: Record<RuleName, readonly string[]> = {
  activate: ['target', 'wrongTargets'],
  'enter-value': ['field', 'expected', 'format'],
  choose: ['field', 'options', 'expected', 'ordered', 'wrongOptions'],
  'pick-date': ['field', 'earliest', 'latest', 'unavailableWeekdays'],
  'pick-time': ['field', 'times', 'taken'],
  confirm: ['target', 'requires', 'codes'],
}

function isRuleName(name: unknown): name is RuleName {
  return typeof name === 'string' && name in RULES
}

function keysOf(data: unknown): string[] {
  return typeof data === 'object' && data !== null ? Object.keys(data) : []
}

/**
 * The fields the studio's forms show for an errand file, besides the texts: the mapping from the file's paths to
 * what the author sees. A problem goes to the deepest of these its path lies in.
 */
export function formFields(files: { 'task.json': unknown; 'pages.json': unknown }): FieldId[] {
  const task = files['task.json']
  const fields: FieldId[] = ['(file)#', 'task.json#', 'pages.json#', 'practice.json#', 'document.json#']
  fields.push(
    ...[
      'id',
      'scene',
      'titleKey',
      'summaryKey',
      'completedTextKey',
      'completedStage',
      'hintAfter',
      'modes',
      'steps',
    ].map((name) => fileField('task.json', [name])),
  )
  const steps = getAt(task, ['steps'])
  if (Array.isArray(steps)) {
    steps.forEach((step: unknown, index) => {
      const at = (...path: (string | number)[]) => fileField('task.json', ['steps', index, ...path])
      fields.push(
        at(),
        ...['id', 'textKey', 'labelKey', 'targets', 'show', 'stage', 'hints', 'hintAfter', 'complete'].map(
          (name) => at(name),
        ),
      )
      const rule = getAt(step, ['complete', 'rule'])
      if (isRuleName(rule)) fields.push(...RULE_PARAMS[rule].map((name) => at('complete', 'params', name)))
      for (const code of keysOf(getAt(step, ['feedback']))) fields.push(at('feedback', code))
    })
  }
  for (const stage of keysOf(files['pages.json'])) {
    fields.push(fileField('pages.json', [stage]))
    const blocks = getAt(files['pages.json'], [stage, 'blocks'])
    if (Array.isArray(blocks))
      blocks.forEach((_block: unknown, b) => fields.push(fileField('pages.json', [stage, 'blocks', b])))
  }
  return fields
}

/** Problems placed beside their fields: messages by field id. */
export type PlacedProblems = ReadonlyMap<FieldId, readonly string[]>

/**
 * Places each problem at its field: a text's own field, else the deepest listed field its path lies in (a
 * problem at `steps.2.times.3` shows beside the times of step 3). Every file has a field for itself, so nothing is
 * dropped.
 */
export function placeProblems(problems: ErrandProblems, fields: readonly FieldId[]): PlacedProblems {
  const known = new Set(fields)
  const placed = new Map<FieldId, string[]>()
  for (const [file, list] of Object.entries(problems)) {
    for (const problem of list ?? []) {
      const id = problemField(file, problem)
      const target = id.startsWith('text:') ? id : deepestField(id, known, file)
      placed.set(target, [...(placed.get(target) ?? []), problem.message])
    }
  }
  return placed
}

function deepestField(id: FieldId, known: ReadonlySet<FieldId>, file: string): FieldId {
  const [head = '', path = ''] = id.split('#')
  const parts = path === '' ? [] : path.split('.')
  for (let length = parts.length; length > 0; length--) {
    const candidate = `${head}#${parts.slice(0, length).join('.')}`
    if (known.has(candidate)) return candidate
  }
  return known.has(`${head}#`) ? `${head}#` : `${file}#`
}
