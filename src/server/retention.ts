import type { Db } from './db/schema'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Deletes events older than `retentionDays` by their own timestamp or by their arrival, whichever is older,
 * so a headset with a wrong clock cannot keep data longer. Returns how many were deleted.
 */
export async function purgeExpiredEvents(db: Db, retentionDays: number, now = Date.now()): Promise<number> {
  const cutoff = new Date(now - retentionDays * DAY_MS).toISOString()
  const result = await db
    .deleteFrom('events')
    .where((eb) => eb.or([eb('ts', '<', cutoff), eb('received_at', '<', cutoff)]))
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

/**
 * Purges once a day from now on (the caller purges once at start). The timer does not keep the process alive.
 * Returns a function that stops it.
 */
export function schedulePurge(
  db: Db,
  retentionDays: number,
  onError: (error: unknown) => void,
  onPurged: (deleted: number) => void = () => {},
): () => void {
  const timer = setInterval(() => {
    purgeExpiredEvents(db, retentionDays).then(onPurged, onError)
  }, DAY_MS)
  timer.unref()
  return () => clearInterval(timer)
}
