import { LOCALES } from '../../domain/locales'
import type { ErrandProblems } from '../../errands/check-errand'
import {
  checkErrandFile,
  errandFileSchema,
  type CheckedErrandFile,
  type ErrandFile,
} from '../../errands/errand-file'
import type { PackageError } from '../../errands/practice-data'
import { mistakeCodesOf } from '../../tasks/rule-registry'
import type { Catalog, CatalogIds } from '../catalog'
import { errandContextOf, ownText, type ErrandContextData } from '../errand-context'

/** What an authored errand is checked against besides the shared package checks. */
export interface AuthoredContext {
  /** The app's texts and scenes. */
  data: ErrandContextData
  /** The built-in scenes and tasks: an authored task may not take one of their ids. */
  builtIn: Catalog
}

/** A file that passed: the checked errand and the file as given. */
export interface AuthoredErrandFile {
  checked: CheckedErrandFile
  file: ErrandFile
}

/** Markup or an address in a text: a package holds plain text only, nothing the app would fetch or render. */
const MARKUP = /<\s*\/?\s*[a-z!?]/i
const ADDRESS = /\b[a-z][a-z0-9+.-]*:\/\/|\b(?:javascript|data|blob):/i

/** Every string in a value, with where it stands. */
function* stringsOf(value: unknown, path: (string | number)[]): Generator<[string, (string | number)[]]> {
  if (typeof value === 'string') yield [value, path]
  else if (Array.isArray(value))
    for (const [index, item] of value.entries()) yield* stringsOf(item, [...path, index])
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) yield* stringsOf(item, [...path, key])
}

function add(problems: ErrandProblems, file: string, error: PackageError): void {
  ;(problems[file] ??= []).push(error)
}

/**
 * Checks an errand file for publishing, import or preview: the app's own checks (`checkErrandFile`, the same code
 * as the app's packages), then what only the server can know. Its task id may not be one of the built-in tasks'
 * or scenes'; its text keys may not be the app's own (they would change a built-in text); its files and texts
 * hold plain text only: no markup, no address.
 */
export function checkAuthoredErrand(
  data: unknown,
  context: AuthoredContext,
): AuthoredErrandFile | { problems: ErrandProblems } {
  const result = checkErrandFile(data, errandContextOf(context.data))
  if ('problems' in result) return result
  // Passed the same schema just now: parsed again for its typed value, unknown fields left out.
  const file = errandFileSchema.parse(data)
  const problems: ErrandProblems = {}
  const { task } = result.checked.errand
  if (context.builtIn.tasks.has(task.id) || context.builtIn.scenes.has(task.id)) {
    add(problems, 'task.json', {
      path: ['id'],
      message: `"${task.id}" is the id of a built-in ${context.builtIn.tasks.has(task.id) ? 'task' : 'scene'}: give the errand an id of its own`,
    })
  }
  for (const { code } of LOCALES) {
    for (const key of Object.keys(file.texts[code])) {
      if (ownText(context.data, code, key) !== undefined) {
        add(problems, `texts.${code}`, {
          path: [key],
          message: `"${key}" is a text of the app: an errand cannot change it`,
        })
      }
    }
  }
  for (const [name, content] of Object.entries(file.files)) {
    for (const [text, path] of stringsOf(content, [])) {
      if (ADDRESS.test(text))
        add(problems, name, { path, message: 'no addresses: an errand holds text only' })
    }
  }
  for (const { code } of LOCALES) {
    for (const [text, path] of stringsOf(file.texts[code], [])) {
      if (MARKUP.test(text)) add(problems, `texts.${code}`, { path, message: 'no markup: write plain text' })
      else if (ADDRESS.test(text))
        add(problems, `texts.${code}`, { path, message: 'no addresses: an errand holds text only' })
    }
  }
  return Object.keys(problems).length > 0 ? { problems } : { checked: result.checked, file }
}

/** The ids an authored errand's task can emit, as the catalog keeps them: its steps and their mistake codes. */
export function idsOfErrand(checked: CheckedErrandFile): CatalogIds['tasks'][string] {
  return Object.fromEntries(
    checked.errand.task.steps.map((step) => [step.id, [...mistakeCodesOf(step.complete)]]),
  )
}
