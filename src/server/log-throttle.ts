/**
 * Lets a repeated log line through at most once per interval per key: the first at once, later ones only
 * when the interval has passed, with how many were held back meanwhile. Keys must be few (a limit's name),
 * never per client.
 * @returns a function that answers null to stay quiet, or the number of lines held back since the last one
 */
export function createLogThrottle(
  intervalMs = 60_000,
  now: () => number = Date.now,
): (key: string) => number | null {
  const last = new Map<string, { at: number; held: number }>()
  return (key) => {
    const at = now()
    const entry = last.get(key)
    if (entry !== undefined && at - entry.at < intervalMs) {
      entry.held++
      return null
    }
    last.set(key, { at, held: 0 })
    return entry?.held ?? 0
  }
}
