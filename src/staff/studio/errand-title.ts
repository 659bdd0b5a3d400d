import type { Locale } from '../../domain/locales'
import type { ErrandFile } from '../../errands/errand-file'
import { DICTIONARY } from '../../i18n/dictionary'
import { taskIdOf } from './duplicate'
import { getAt } from './json-path'

/** An errand's title in a language: its own text, else the app's, else its task id. */
export function errandTitle(file: ErrandFile, locale: Locale): string {
  const key = getAt(file.files['task.json'], ['titleKey'])
  if (typeof key !== 'string') return taskIdOf(file)
  return file.texts[locale][key] ?? DICTIONARY[locale][key] ?? taskIdOf(file)
}

/** Saves an errand file as `<task id>.errand.json`: the one-file format another branch or city imports. */
export function downloadErrand(file: ErrandFile): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = `${taskIdOf(file) || 'errand'}.errand.json`
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
