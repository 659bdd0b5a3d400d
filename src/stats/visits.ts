import type { VisitDay } from './types'

/** A visit as the day plot needs it. */
export interface VisitForDays {
  firstTs: string
  mode: 'vr' | 'desktop'
  locale: string
}

const DAY_MS = 24 * 60 * 60 * 1000
/** At most this many days are listed: a year and a day. */
const MAX_DAYS = 366

/**
 * Visits per UTC day, by the day of their first event, every day listed (with zeros) from `from` to `to` when they
 * are given, else from the first visit's day to the last's; at most the last 366 days of that.
 */
export function visitsByDay(
  visits: readonly VisitForDays[],
  from: string | null,
  to: string | null,
): VisitDay[] {
  const dayOf = (ts: string) => ts.slice(0, 10)
  const seenDays = visits.map((visit) => dayOf(visit.firstTs)).sort()
  const first = from === null ? seenDays[0] : dayOf(from)
  // `to` is exclusive: the last day is the one before it, unless it falls inside a day.
  const last = to === null ? seenDays.at(-1) : dayOf(new Date(Date.parse(to) - 1).toISOString())
  if (first === undefined || last === undefined || first > last) return []
  const end = Date.parse(`${last}T00:00:00Z`)
  const start = Math.max(Date.parse(`${first}T00:00:00Z`), end - (MAX_DAYS - 1) * DAY_MS)
  const days = new Map<string, VisitDay>()
  for (let time = start; time <= end; time += DAY_MS) {
    const day = new Date(time).toISOString().slice(0, 10)
    days.set(day, { day, visits: 0, vr: 0, desktop: 0, byLocale: {} })
  }
  for (const visit of visits) {
    const day = days.get(dayOf(visit.firstTs))
    if (day === undefined) continue
    day.visits += 1
    day[visit.mode] += 1
    day.byLocale[visit.locale] = (day.byLocale[visit.locale] ?? 0) + 1
  }
  return [...days.values()]
}
