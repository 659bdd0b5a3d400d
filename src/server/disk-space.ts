import { statfs } from 'node:fs/promises'

/** Options of {@link createDiskGuard}. */
export interface DiskGuardOptions {
  /** The folder whose disk is watched: the data folder. */
  dir: string
  /** Writes stop below this much free space. */
  minFreeBytes: number
  /** How long one reading of the free space is trusted. @default 5000 ms */
  cacheMs?: number
  /** @default Date.now */
  now?: () => number
}

/** Whether the data folder's disk still has room for writes. */
export interface DiskGuard {
  /** Free bytes now (cached for a few seconds), and whether that is enough. */
  check(): Promise<{ freeBytes: number; ok: boolean }>
}

/**
 * Watches the free space of the data folder's disk, so the server refuses new events before SQLite fails
 * half-way through a write, and the rest of the machine keeps some room.
 */
export function createDiskGuard(options: DiskGuardOptions): DiskGuard {
  const { dir, minFreeBytes, cacheMs = 5000, now = Date.now } = options
  let last: { at: number; freeBytes: number } | null = null
  return {
    async check() {
      const at = now()
      if (last === null || at - last.at >= cacheMs) {
        const stats = await statfs(dir)
        last = { at, freeBytes: stats.bavail * stats.bsize }
      }
      return { freeBytes: last.freeBytes, ok: last.freeBytes >= minFreeBytes }
    },
  }
}
