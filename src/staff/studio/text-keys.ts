import { pageTextKeys } from '../../errands/page-ids'

/** Which file of an errand a text key is written in. */
export type ErrandFileName = 'task.json' | 'pages.json' | 'practice.json' | 'document.json'

/** One place an errand file names a text key: the file, the path in it, and the key. */
export interface TextKeyAt {
  file: ErrandFileName
  path: (string | number)[]
  key: string
}

function record(data: unknown): Record<string, unknown> | null {
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : null
}

function list(data: unknown): unknown[] {
  return Array.isArray(data) ? data : []
}

/** The text keys of a task file with their paths: the task's own, each step's, and each option's label. */
export function taskTextKeys(task: unknown): TextKeyAt[] {
  const found: TextKeyAt[] = []
  const at = (path: (string | number)[], value: unknown) => {
    if (typeof value === 'string' && value !== '') found.push({ file: 'task.json', path, key: value })
  }
  const own = record(task)
  if (!own) return found
  for (const name of ['titleKey', 'summaryKey', 'completedTextKey']) at([name], own[name])
  list(own.steps).forEach((raw, index) => {
    const step = record(raw)
    if (!step) return
    at(['steps', index, 'textKey'], step.textKey)
    at(['steps', index, 'labelKey'], step.labelKey)
    list(step.hints).forEach((hint, h) => at(['steps', index, 'hints', h], hint))
    for (const [code, key] of Object.entries(record(step.feedback) ?? {}))
      at(['steps', index, 'feedback', code], key)
    const complete = record(step.complete)
    if (complete?.rule !== 'choose') return
    list(record(complete.params)?.options).forEach((option, o) => {
      const path = ['steps', index, 'complete', 'params', 'options', o]
      at([...path, 'label'], record(option)?.label)
      at([...path, 'detail'], record(option)?.detail)
    })
  })
  return found
}

/** Every text key an errand's files name, with where: task, pages and document. */
export function errandTextKeys(files: {
  'task.json': unknown
  'pages.json': unknown
  'document.json'?: unknown
}): TextKeyAt[] {
  const pages = pageTextKeys(files['pages.json']).map(({ key, path }) => ({
    file: 'pages.json' as const,
    path,
    key,
  }))
  // A document names its texts as a page does; its ids and looks are the same non-text names.
  const document = pageTextKeys(files['document.json']).map(({ key, path }) => ({
    file: 'document.json' as const,
    path,
    key,
  }))
  return [...taskTextKeys(files['task.json']), ...pages, ...document]
}

/** The distinct keys, in the order they first appear. */
export function distinctKeys(entries: readonly TextKeyAt[]): string[] {
  return [...new Set(entries.map((entry) => entry.key))]
}
