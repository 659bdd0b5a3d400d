import {
  isPracticeWish,
  PRACTICE_WISHES,
  type PracticeWish,
  type WishCount,
  type WishCounts,
} from '../domain/practice-wishes'
import type { Db } from './db/schema'
import { matchesFilter } from './event-filter'
import type { EventFilter } from './event-filter'

/** The event that carries a wish, with the wish in its `detail` column (see `detailOf`). */
const WISH_EVENT = 'practice_wished'

/**
 * Counts the wishes the filter covers, in SQL on SQLite and PostgreSQL alike. A preview's events are never stored,
 * so a preview's wish never counts; a wish whose id is not (or no longer) on the list is left out.
 */
export async function countWishes(db: Db, filter: EventFilter): Promise<WishCounts> {
  const rows = await db
    .selectFrom('events')
    .where(matchesFilter(filter))
    .where('type', '=', WISH_EVENT)
    .where('detail', 'is not', null)
    .groupBy('detail')
    .select((eb) => [
      'detail',
      eb.fn.countAll<number>().as('n'),
      eb.fn.min<string>('ts').as('first'),
      eb.fn.max<string>('ts').as('last'),
    ])
    .execute()
  const order = (wish: PracticeWish) => PRACTICE_WISHES.indexOf(wish)
  const wishes: WishCount[] = []
  let first: string | null = null
  let last: string | null = null
  for (const row of rows) {
    if (!isPracticeWish(row.detail)) continue
    wishes.push({ wish: row.detail, count: Number(row.n) })
    if (first === null || row.first < first) first = row.first
    if (last === null || row.last > last) last = row.last
  }
  wishes.sort((a, b) => b.count - a.count || order(a.wish) - order(b.wish))
  return {
    wishes,
    total: wishes.reduce((sum, { count }) => sum + count, 0),
    range: filter.range,
    first,
    last,
  }
}
