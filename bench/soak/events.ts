// Every event id a page emitted, against what the server stored: lost, duplicated, and stored but never seen.

/** An event as the page emitted it or the server gave it back. */
export interface EventRef {
  id: string
  type: string
}

/** How the day's events fared. */
export interface EventTally {
  emitted: number
  stored: number
  /** Emitted, never stored. */
  lost: EventRef[]
  /** Ids stored more than once. */
  duplicated: string[]
  /**
   * Stored, never seen emitted: a page's last words as it unloads (a reload, a closed tab) go out after the soak
   * last read the page's list, so these are counted apart rather than as errors.
   */
  unseen: EventRef[]
}

export function tallyEvents(emitted: readonly EventRef[], stored: readonly EventRef[]): EventTally {
  const storedCount = new Map<string, number>()
  for (const event of stored) storedCount.set(event.id, (storedCount.get(event.id) ?? 0) + 1)
  const emittedIds = new Set(emitted.map((event) => event.id))
  return {
    emitted: emittedIds.size,
    stored: stored.length,
    lost: [...new Map(emitted.map((event) => [event.id, event])).values()].filter(
      (event) => !storedCount.has(event.id),
    ),
    duplicated: [...storedCount].filter(([, count]) => count > 1).map(([id]) => id),
    unseen: stored.filter((event) => !emittedIds.has(event.id)),
  }
}
