import type { FastifyReply, FastifyRequest } from 'fastify'
import { isLocale, LOCALES, type Locale } from '../domain/locales'
import { apiError } from './errors'
import type { TaskTitles } from './xapi'

/** The column a CSV gains with `?lang=`: the task's title in that language. */
export const TASK_TITLE_COLUMN = 'task_title'

/**
 * Reads `?lang=` of a CSV download: null when absent (the file keeps its columns as they were), the locale when it
 * is one of the app's, or undefined after answering 400 with the languages there are.
 */
export function csvLocaleOrReply(request: FastifyRequest, reply: FastifyReply): Locale | null | undefined {
  const { lang } = request.query as { lang?: unknown }
  if (lang === undefined || lang === '') return null
  if (isLocale(lang)) return lang
  void reply
    .status(400)
    .send(apiError(400, `lang: expected one of ${LOCALES.map(({ code }) => code).join(', ')}`))
  return undefined
}

/**
 * A task's title in a language, as the report and xAPI give it: a published errand's from its own package, a
 * built-in task's from the app's texts; null for no task, or one without a title in that language.
 */
export function taskTitleIn(titles: TaskTitles, locale: Locale): (task: string | null) => string | null {
  return (task) => (task === null ? null : (titles(task)?.[locale] ?? null))
}
