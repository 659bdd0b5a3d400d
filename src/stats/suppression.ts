/** Counts below this are not shown in reports that leave the library: too few visits could point to a person. */
export const SUPPRESS_BELOW = 5

/** A count as a report shows it: the number, or `<5` when it lies between 1 and 4. */
export type ReportCount = number | '<5'

/** Suppresses a count of 1 to 4 visits; 0 discloses nobody and stays 0. */
export function reportCount(count: number): ReportCount {
  return count > 0 && count < SUPPRESS_BELOW ? '<5' : count
}

/**
 * A share for a report, or null when either count would be suppressed (or the whole is 0): a share and its whole
 * would otherwise give a suppressed count back.
 */
export function reportShare(part: number, whole: number): number | null {
  if (whole === 0 || reportCount(whole) === '<5' || reportCount(part) === '<5') return null
  return part / whole
}
