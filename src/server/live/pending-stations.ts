/** A station that said hello without an approval: it waits, unseen by staff, until they approve its code. */
export interface PendingStation<C> {
  id: string
  secret: string
  pairingCode: string
  /** The address it connected from, for the per-address cap; kept in memory only while it waits. */
  address: string
  since: number
  connection: C
}

/** Limits of {@link createPendingStations}. */
export interface PendingLimits {
  /** Stations waiting at once, from all addresses. */
  maxTotal: number
  /** Stations waiting at once from one address. */
  maxPerAddress: number
}

/** Stations waiting for approval, capped per address and in total, the oldest evicted first. */
export interface PendingStations<C> {
  get(id: string): PendingStation<C> | undefined
  byCode(pairingCode: string): PendingStation<C> | undefined
  /** Pairing codes in use by waiting stations. */
  codes(): IterableIterator<string>
  /** Adds a station; returns the ones evicted to make room for it, whose connections the caller closes. */
  add(station: PendingStation<C>): PendingStation<C>[]
  remove(id: string): void
  readonly size: number
}

export function createPendingStations<C>(limits: PendingLimits): PendingStations<C> {
  // Insertion order is age order: the first entry is the longest waiting.
  const waiting = new Map<string, PendingStation<C>>()

  function oldest(match: (station: PendingStation<C>) => boolean): PendingStation<C> | undefined {
    for (const station of waiting.values()) if (match(station)) return station
    return undefined
  }

  return {
    get: (id) => waiting.get(id),
    byCode(pairingCode) {
      return oldest((station) => station.pairingCode === pairingCode)
    },
    *codes() {
      for (const station of waiting.values()) yield station.pairingCode
    },
    add(station) {
      waiting.delete(station.id)
      const evicted: PendingStation<C>[] = []
      let fromAddress = 0
      for (const other of waiting.values()) if (other.address === station.address) fromAddress++
      while (fromAddress >= limits.maxPerAddress) {
        const victim = oldest((other) => other.address === station.address)
        if (victim === undefined) break
        waiting.delete(victim.id)
        evicted.push(victim)
        fromAddress--
      }
      while (waiting.size >= limits.maxTotal) {
        const victim = oldest(() => true)
        if (victim === undefined) break
        waiting.delete(victim.id)
        evicted.push(victim)
      }
      waiting.set(station.id, station)
      return evicted
    },
    remove(id) {
      waiting.delete(id)
    },
    get size() {
      return waiting.size
    },
  }
}
