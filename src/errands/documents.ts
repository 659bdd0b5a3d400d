import { DICTIONARY } from '../i18n/dictionary'
import type { Locale } from '../i18n/locales'
import { checkDocument } from '../ui/document/check-document'
import { documentSchema, type DocumentSpec } from '../ui/document/document-schema'
import { checkPracticeData, practiceDataSchema, type PackageError, type PracticeData } from './practice-data'

/** Every errand package's paper and practice data, by the package folder: `scenes/<scene>/errands/<task-id>/`. */
const documentFiles = import.meta.glob<unknown>('../../scenes/*/errands/*/document.json', {
  eager: true,
  import: 'default',
})
const practiceFiles = import.meta.glob<unknown>('../../scenes/*/errands/*/practice.json', {
  eager: true,
  import: 'default',
})

/** An errand package file that is not valid: names the file and each path in it. */
export class PackageFileError extends Error {
  constructor(
    readonly file: string,
    readonly errors: PackageError[],
  ) {
    super(
      `${file}: ${errors.map((error) => `${error.path.join('.') || '(file)'}: ${error.message}`).join('; ')}`,
    )
    this.name = 'PackageFileError'
  }
}

function projectPath(globPath: string): string {
  return globPath.replace(/^(\.\.\/)+/, '')
}

function taskIdOf(globPath: string): string {
  return /errands\/([^/]+)\/[^/]+\.json$/.exec(globPath)?.[1] ?? globPath
}

const textOf = (locale: Locale, key: string) => DICTIONARY[locale][key]

/**
 * Validates every package's `practice.json` and `document.json` (shape, formats, text keys in all four languages,
 * practice names), by task id. Throws a {@link PackageFileError} for the first bad file.
 */
export function loadErrandPapers(
  documents: Readonly<Record<string, unknown>>,
  practices: Readonly<Record<string, unknown>>,
  lookup = textOf,
): { documents: ReadonlyMap<string, DocumentSpec>; practices: ReadonlyMap<string, PracticeData> } {
  const practiceById = new Map<string, PracticeData>()
  for (const [path, data] of Object.entries(practices)) {
    const errors = checkPracticeData(data)
    if (errors.length > 0) throw new PackageFileError(projectPath(path), errors)
    practiceById.set(taskIdOf(path), practiceDataSchema.parse(data))
  }
  const documentById = new Map<string, DocumentSpec>()
  for (const [path, data] of Object.entries(documents)) {
    const errors = checkDocument(data, practiceById.get(taskIdOf(path)) ?? null, lookup)
    if (errors.length > 0) throw new PackageFileError(projectPath(path), errors)
    documentById.set(taskIdOf(path), documentSchema.parse(data))
  }
  return { documents: documentById, practices: practiceById }
}

const loaded = loadErrandPapers(documentFiles, practiceFiles)

/** The paper a task's visitor reads from, if its package has one. */
export function documentOf(taskId: string): DocumentSpec | null {
  return loaded.documents.get(taskId) ?? null
}

/** A task's practice data; empty where its package has none. */
export function practiceOf(taskId: string): PracticeData {
  return loaded.practices.get(taskId) ?? { values: {} }
}
