import { LOCALES, type Locale } from '../domain/locales'
import { errandFileSchema, type ErrandFile } from './errand-file-schema'
import { checkErrand, type ErrandContext, type ErrandPackage, type ErrandProblems } from './check-errand'

// The schema alone (the live link and the server's routes need no checks) lives in its own file.
export { ERRAND_FILE_FORMAT, errandFileSchema, type ErrandFile } from './errand-file-schema'

/** An errand file that passed every check: the package, and its own texts to add to the dictionary. */
export interface CheckedErrandFile {
  errand: ErrandPackage
  texts: ErrandFile['texts']
}

/** The folder an authored errand's messages name, where a built-in one names its folder in `scenes/`. */
export function authoredFolder(file: Pick<ErrandFile, 'scene' | 'files'>): string {
  const task = file.files['task.json']
  const id = typeof task === 'object' && task !== null && 'id' in task ? String(task.id) : 'errand'
  return `authored/${file.scene}/${id}`
}

/**
 * Checks a one-file errand with the same checks as a package in `scenes/`: the texts are looked up in the file's
 * own texts first, then in the app's. Its own text keys must start with the task's id and a dot, so two errands
 * (or a duplicate and its original) can never overwrite each other's texts, and the task must take place in the
 * file's scene. Problems are by file: `task.json`, `pages.json`, …, and `texts.<locale>` or `(file)`.
 */
export function checkErrandFile(
  data: unknown,
  context: ErrandContext,
): { checked: CheckedErrandFile } | { problems: ErrandProblems } {
  const parsed = errandFileSchema.safeParse(data)
  if (!parsed.success) {
    return {
      problems: {
        '(file)': parsed.error.issues.map((issue) => ({
          path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
          message: issue.message,
        })),
      },
    }
  }
  const file = parsed.data
  const ownText = (locale: Locale, key: string) => file.texts[locale][key] ?? context.hasText(locale, key)
  const result = checkErrand(authoredFolder(file), file.files, { ...context, hasText: ownText })
  const problems: ErrandProblems = 'problems' in result ? { ...result.problems } : {}
  if ('errand' in result) {
    const { task } = result.errand
    if (task.scene !== file.scene) {
      problems['task.json'] = [
        { path: ['scene'], message: `the file's scene is "${file.scene}", the task's is "${task.scene}"` },
      ]
    }
    for (const { code } of LOCALES) {
      const foreign = Object.keys(file.texts[code]).filter((key) => !key.startsWith(`${task.id}.`))
      if (foreign.length > 0) {
        problems[`texts.${code}`] = foreign.map((key) => ({
          path: [key],
          message: `a text of this errand must start with "${task.id}." (its task id), so it cannot change another errand's text`,
        }))
      }
    }
  }
  if (Object.keys(problems).length > 0 || !('errand' in result)) return { problems }
  return { checked: { errand: result.errand, texts: file.texts } }
}
