/** What the statistics show: a task, a site (or every site) and a range of days. */
export interface StatsQuery {
  task: string
  /** A site id, or '' for every site. */
  site: string
  /** First day, `2025-03-01`. */
  from: string
  /** Last day, included. */
  to: string
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The last 30 days up to today (UTC, as the server counts days). */
export function defaultRange(now: number): Pick<StatsQuery, 'from' | 'to'> {
  const day = (time: number) => new Date(time).toISOString().slice(0, 10)
  return { from: day(now - 29 * DAY_MS), to: day(now) }
}

/** `?task=…&from=…&to=…&site=…` for the staff API and the report's address; empty values are left out. */
export function queryString(query: Partial<StatsQuery> & { lang?: string }): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value)
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}

/** Reads a query back from an address's search part, with defaults for what it lacks. */
export function readQuery(search: string, fallback: StatsQuery): StatsQuery {
  const params = new URLSearchParams(search)
  const day = (value: string | null, other: string) =>
    value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : other
  return {
    task: params.get('task') ?? fallback.task,
    site: params.get('site') ?? fallback.site,
    from: day(params.get('from'), fallback.from),
    to: day(params.get('to'), fallback.to),
  }
}
