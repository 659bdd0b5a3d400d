/**
 * "What would you like to practise next?": the errands a visitor can wish for at the end of an errand, as data.
 * Common errands people ask the library's staff about, plus "something else". Chosen from chips, never typed, so
 * nothing a person writes reaches the city. Each id's words are `survey.wish.<id>` in the locale files; the
 * studio shows them counted, most asked first.
 */
export const PRACTICE_WISHES = [
  'pay-bill',
  'health-centre',
  'digital-mailbox',
  'parking-permit',
  'job-seeking',
  'library-loan',
  'something-else',
] as const

/** One wish: an id of {@link PRACTICE_WISHES}. */
export type PracticeWish = (typeof PRACTICE_WISHES)[number]

/** Whether a value is one of the wishes on offer. */
export function isPracticeWish(value: unknown): value is PracticeWish {
  return (PRACTICE_WISHES as readonly unknown[]).includes(value)
}

/** One wish and how many times visitors chose it. */
export interface WishCount {
  wish: PracticeWish
  count: number
}

/**
 * The answer of `GET /api/staff/wishes`: "What would you like to practise next?" counted, most asked first, and
 * the period it covers.
 */
export interface WishCounts {
  /** Every wish chosen at least once in the period, most asked first (ties in the list's own order). */
  wishes: WishCount[]
  /** All wishes in the period. */
  total: number
  /** The period asked for (`from` inclusive, `to` exclusive, UTC), null where open. */
  range: { from: string | null; to: string | null }
  /** The first and the last wish counted, UTC ISO 8601, null when there is none: the period the counts cover. */
  first: string | null
  last: string | null
}
