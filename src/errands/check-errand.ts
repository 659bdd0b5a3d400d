import { LOCALES, type Locale } from '../i18n/locales'
import { taskSchema, type StepDefinition, type TaskDefinition } from '../tasks/schema'
import { textKeysOf } from '../tasks/validate-tasks'
import { pagesSchema, type PagesSpec } from '../ui/page/page-schema'
import { checkDocument, type TextLookup } from '../ui/document/check-document'
import { documentSchema, type DocumentSpec } from '../ui/document/document-schema'
import { pageDraws, pageTextKeys } from './page-ids'
import { checkPracticeData, practiceDataSchema, type PackageError, type PracticeData } from './practice-data'
import { withPracticeValues } from './resolve-practice'

/** The files of one errand package, as read (JSON, not yet checked), by name. */
export interface ErrandFiles {
  'task.json': unknown
  'pages.json': unknown
  'practice.json'?: unknown
  'document.json'?: unknown
}

/** A checked errand: its task, a page for each stage, its practice data. */
export interface ErrandPackage {
  /** The package's folder, from the project root: `scenes/e-service/errands/book-visit`. */
  folder: string
  task: TaskDefinition
  pages: PagesSpec
  practice: PracticeData
  /** The paper the visitor reads from (a bill, a letter, a card), if the errand brings one. */
  document?: DocumentSpec
}

/** What a package is checked against besides itself. */
export interface ErrandContext {
  /**
   * A text in a locale (the app's, the scenes' and the packages' texts together), or whether it exists; a text
   * lets the document checks see its placeholders.
   */
  hasText: TextLookup
  /** The ids a scene draws itself (its phone, its keypad, its papers, its custom blocks), by scene id. */
  sceneDraws: (scene: string) => readonly string[] | undefined
}

/** Problems, by the package file they are in. */
export type ErrandProblems = Partial<Record<string, PackageError[]>>

/** The languages by name, as an author reads a message. */
const LANGUAGE_NAMES: Record<Locale, string> = {
  sv: 'Swedish',
  'sv-easy': 'easy-read Swedish',
  en: 'English',
  ar: 'Arabic',
}

const EMPTY_PRACTICE: PracticeData = { values: {} }

function zodErrors(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[]
}): PackageError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    message: issue.message,
  }))
}

/** Whether an id is one the scene draws (`eservice.service.*` covers every service). */
function sceneDrawsId(drawn: readonly string[], id: string): boolean {
  return drawn.some((pattern) =>
    pattern.endsWith('*') ? id.startsWith(pattern.slice(0, -1)) : pattern === id,
  )
}

/** The controls a step's rule names besides its targets: what to press, and the presses that are mistakes. */
function ruleTargets(step: StepDefinition): { id: string; path: (string | number)[] }[] {
  const { complete } = step
  const at = (...path: (string | number)[]) => ['complete', 'params', ...path]
  if (complete.rule === 'activate') {
    return [
      { id: complete.params.target, path: at('target') },
      ...Object.keys(complete.params.wrongTargets ?? {}).map((id) => ({ id, path: at('wrongTargets', id) })),
    ]
  }
  if (complete.rule === 'confirm') return [{ id: complete.params.target, path: at('target') }]
  return []
}

/** The fields a step's rule reads, each of which its page must draw. */
function ruleFields(step: StepDefinition): { field: string; path: (string | number)[] }[] {
  const { params } = step.complete
  if ('field' in params) return [{ field: params.field, path: ['complete', 'params', 'field'] }]
  if (step.complete.rule === 'confirm') {
    return Object.keys(step.complete.params.requires).map((field) => ({
      field,
      path: ['complete', 'params', 'requires', field],
    }))
  }
  return []
}

function missingTexts(
  keys: readonly { key: string; path: (string | number)[] }[],
  context: ErrandContext,
): PackageError[] {
  const errors: PackageError[] = []
  for (const { key, path } of keys) {
    for (const { code } of LOCALES) {
      if (!context.hasText(code, key))
        errors.push({ path, message: `no ${LANGUAGE_NAMES[code]} text (${code}) for "${key}"` })
    }
  }
  return errors
}

/** The task's text keys with where they stand, for the messages. */
function taskTextKeys(task: TaskDefinition): { key: string; path: (string | number)[] }[] {
  const keys = textKeysOf(task).map((key) => ({ key, path: [] as (string | number)[] }))
  task.steps.forEach((step, index) => {
    if (step.complete.rule !== 'choose') return
    step.complete.params.options?.forEach((option, o) => {
      const path = ['steps', index, 'complete', 'params', 'options', o]
      keys.push({ key: option.label, path: [...path, 'label'] })
      if (option.detail !== undefined) keys.push({ key: option.detail, path: [...path, 'detail'] })
    })
  })
  // Name the step a key belongs to where it is one of the step's own.
  return keys.map((entry) => {
    if (entry.path.length > 0) return entry
    const index = task.steps.findIndex((step) =>
      [step.textKey, step.labelKey, ...step.hints, ...Object.values(step.feedback)].includes(entry.key),
    )
    return { key: entry.key, path: index < 0 ? [] : ['steps', index] }
  })
}

/** The checks across files: stages, targets, fields, options, texts. */
function crossCheck(
  task: TaskDefinition,
  pages: PagesSpec,
  practice: PracticeData,
  documentId: string | undefined,
  context: ErrandContext,
) {
  const taskErrors: PackageError[] = []
  const pageErrors: PackageError[] = []
  const drawnByScene = context.sceneDraws(task.scene)
  if (drawnByScene === undefined)
    taskErrors.push({ path: ['scene'], message: `unknown scene "${task.scene}"` })
  // The errand's own paper lies in the scene too.
  const scene = [...(drawnByScene ?? []), ...(documentId === undefined ? [] : [documentId])]
  task.steps.forEach((step, index) => {
    const page = pages[step.stage]
    if (!page) {
      taskErrors.push({
        path: ['steps', index, 'stage'],
        message: `no page for stage "${step.stage}" in pages.json (pages: ${Object.keys(pages).join(', ')})`,
      })
      return
    }
    const draws = pageDraws(pages, page)
    const drawn = (id: string) => draws.ids.has(id) || sceneDrawsId(scene, id)
    const where = `page "${step.stage}"`
    step.targets.forEach((id, t) => {
      if (!drawn(id))
        taskErrors.push({
          path: ['steps', index, 'targets', t],
          message: `"${id}" is drawn by no block of ${where} nor by the scene`,
        })
    })
    step.show.forEach((id, s) => {
      if (!drawn(id))
        taskErrors.push({
          path: ['steps', index, 'show', s],
          message: `"${id}" is drawn by no block of ${where} nor by the scene`,
        })
    })
    for (const { id, path } of ruleTargets(step)) {
      if (!drawn(id))
        taskErrors.push({
          path: ['steps', index, ...path],
          message: `"${id}" is drawn by no block of ${where} nor by the scene`,
        })
    }
    for (const { field, path } of ruleFields(step)) {
      if (!draws.fields.has(field))
        taskErrors.push({
          path: ['steps', index, ...path],
          message: `field "${field}" is on no block of ${where}`,
        })
    }
    if (step.complete.rule === 'choose' && step.complete.params.options === undefined) {
      taskErrors.push({
        path: ['steps', index, 'complete', 'params', 'options'],
        message: `list the options: the choice on ${where} draws them from here`,
      })
    }
  })
  if (!pages[task.completedStage]) {
    taskErrors.push({
      path: ['completedStage'],
      message: `no page for stage "${task.completedStage}" in pages.json`,
    })
  }
  for (const [stage, page] of Object.entries(pages)) {
    if (page.base !== undefined && !pages[page.base]) {
      pageErrors.push({ path: [stage, 'base'], message: `no page "${page.base}"` })
    }
    if (page.loggedIn && practice.values['account-name'] === undefined) {
      pageErrors.push({
        path: [stage, 'loggedIn'],
        message: 'practice.json needs "account-name": whom the visitor is logged in as',
      })
    }
  }
  taskErrors.push(...missingTexts(taskTextKeys(task), context))
  return { taskErrors, pageErrors }
}

/** A file without its `$schema` line, which points an editor at the file's JSON Schema. */
function withoutSchemaLink(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('$schema' in data)) return data
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== '$schema'))
}

/**
 * Checks an errand package: each file against its schema, then across files. Every stage has a page, every
 * target is drawn by a block or by the scene, every field a rule reads is on its page, every text key exists in
 * all four languages, every practice value passes its format. Returns the package, or the problems by file.
 */
export function checkErrand(
  folder: string,
  files: ErrandFiles,
  context: ErrandContext,
): { errand: ErrandPackage } | { problems: ErrandProblems } {
  const problems: ErrandProblems = {}
  const practiceFile = withoutSchemaLink(files['practice.json'])
  const practiceErrors = practiceFile === undefined ? [] : checkPracticeData(practiceFile)
  if (practiceErrors.length > 0) problems['practice.json'] = practiceErrors
  const practice =
    practiceFile === undefined || practiceErrors.length > 0
      ? EMPTY_PRACTICE
      : practiceDataSchema.parse(practiceFile)
  const refErrors: PackageError[] = []
  const parsedTask = taskSchema.safeParse(
    withPracticeValues(withoutSchemaLink(files['task.json']), practice, refErrors),
  )
  const taskErrors = [...refErrors, ...(parsedTask.success ? [] : zodErrors(parsedTask.error))]
  const documentFile = files['document.json']
  const documentErrors =
    documentFile === undefined ? [] : checkDocument(documentFile, practice, context.hasText)
  if (documentErrors.length > 0) problems['document.json'] = documentErrors
  const document =
    documentFile === undefined || documentErrors.length > 0 ? undefined : documentSchema.parse(documentFile)
  const pagesFile = withoutSchemaLink(files['pages.json'])
  const parsedPages = pagesSchema.safeParse(pagesFile)
  const pageErrors = parsedPages.success ? [] : zodErrors(parsedPages.error)
  if (parsedPages.success) pageErrors.push(...missingTexts(pageTextKeys(pagesFile), context))
  if (parsedTask.success && parsedPages.success) {
    const cross = crossCheck(parsedTask.data, parsedPages.data, practice, document?.id, context)
    taskErrors.push(...cross.taskErrors)
    pageErrors.push(...cross.pageErrors)
  }
  if (taskErrors.length > 0) problems['task.json'] = taskErrors
  if (pageErrors.length > 0) problems['pages.json'] = pageErrors
  if (Object.keys(problems).length > 0 || !parsedTask.success || !parsedPages.success) return { problems }
  return { errand: { folder, task: parsedTask.data, pages: parsedPages.data, practice, document } }
}
