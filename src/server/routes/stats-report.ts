import type { FastifyInstance } from 'fastify'
import { DEFAULT_LOCALE, isLocale } from '../../domain/locales'
import { taskReport } from '../../stats/report'
import { STATS_TABLES, statsTable } from '../../stats/tables'
import type { StatsTableId } from '../../stats/tables'
import { csvLine } from '../csv'
import { csvLocaleOrReply, TASK_TITLE_COLUMN, taskTitleIn } from '../csv-titles'
import type { Db } from '../db/schema'
import { apiError } from '../errors'
import { computeStats } from '../stats'
import { filterOrReply } from './filter-query'
import type { TaskTitles } from '../xapi'

const isTable = (name: string): name is StatsTableId => (STATS_TABLES as readonly string[]).includes(name)

/**
 * The dashboard's downloads, on the staff read API (so behind its login):
 *
 * - `GET /api/stats/:table.csv?task=&from=&to=&site=&lang=`: a table of {@link STATS_TABLES} as CSV, the same rows
 *   the dashboard shows; every table but `visits` needs `task` (400 without). With `lang` (one of the app's
 *   languages, else 400) a table about a task gains a last column, `task_title`: its title in that language, a
 *   published errand's from its own package, as the report names it;
 * - `GET /api/report?task=&from=&to=&site=&lang=`: the report for the city's administrations on one task, with
 *   counts of 1 to 4 suppressed ({@link taskReport}), and `title`: the task's title in `lang` (default Swedish),
 *   a published errand's from its own texts, or null.
 */
export function addStatsDownloads(app: FastifyInstance, db: Db, titles: TaskTitles = () => undefined): void {
  app.get<{ Params: { table: string } }>('/api/stats/:table', async (request, reply) => {
    const name = request.params.table.replace(/\.csv$/, '')
    if (!request.params.table.endsWith('.csv') || !isTable(name)) {
      return reply
        .status(404)
        .send(
          apiError(404, `no such table: expected one of ${STATS_TABLES.map((t) => `${t}.csv`).join(', ')}`),
        )
    }
    const filter = filterOrReply(request, reply)
    if (filter === null) return reply
    if (name !== 'visits' && filter.task === null) {
      return reply.status(400).send(apiError(400, `task: required for ${name}.csv, e.g. ?task=pay-bill`))
    }
    const locale = csvLocaleOrReply(request, reply)
    if (locale === undefined) return reply
    const table = statsTable(await computeStats(db, filter), name, filter.task ?? '')
    // With ?lang=, a table about a task names it on every row, built-in and published errands alike.
    const title = locale === null || name === 'visits' ? undefined : taskTitleIn(titles, locale)(filter.task)
    const lines = [
      csvLine([
        ...table.columns.map((column) => column.key),
        ...(title === undefined ? [] : [TASK_TITLE_COLUMN]),
      ]),
      ...table.rows.map((row) => csvLine(title === undefined ? row : [...row, title])),
    ]
    const file = ['digidel', name, filter.task, filter.site].filter((part) => part !== null).join('-')
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file}.csv"`)
      .send(lines.join(''))
  })

  app.get('/api/report', async (request, reply) => {
    const filter = filterOrReply(request, reply)
    if (filter === null) return reply
    if (filter.task === null)
      return reply.status(400).send(apiError(400, 'task: required, e.g. ?task=pay-bill'))
    const stats = await computeStats(db, filter)
    const task = stats.tasks.find((candidate) => candidate.task === filter.task) ?? null
    const { lang } = request.query as { lang?: unknown }
    const locale = isLocale(lang) ? lang : DEFAULT_LOCALE
    return {
      ...taskReport(filter.task, task, { from: filter.range.from, to: filter.range.to, site: filter.site }),
      title: titles(filter.task)?.[locale] ?? null,
    }
  })
}
