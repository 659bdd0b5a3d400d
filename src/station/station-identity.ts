import { z } from 'zod'
import { approvalSchema, pairingCodeSchema, stationNameSchema } from '../live/protocol'

/** Who this station is, kept on the device so it survives reloads and reconnects. */
export interface StationIdentity {
  /** A random UUID for this device's browser; not tied to a person. */
  id: string
  /** Proves to the server that a reconnecting station is this one. */
  secret: string
  /** The friendly name staff see and can change, e.g. "Headset 2". */
  name: string
  /** The short code shown in the lobby so staff can tell which headset is which. */
  pairingCode: string
  /** The server's proof that staff approved this station, once they have. */
  approval?: string
}

/** The storage key in `localStorage`. */
export const STATION_STORAGE_KEY = 'digidel.station'

const identitySchema = z.object({
  id: z.uuid(),
  secret: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/),
  name: stationNameSchema,
  pairingCode: pairingCodeSchema,
  approval: approvalSchema.optional(),
})

/** The little of `Storage` the station needs. */
export type IdentityStorage = Pick<Storage, 'getItem' | 'setItem'>

/** A new identity: random id and secret, a random four-digit code, and a name made from the code. */
export function newStationIdentity(random: () => number = Math.random): StationIdentity {
  const pairingCode = String(Math.floor(random() * 10_000)).padStart(4, '0')
  return { id: crypto.randomUUID(), secret: randomSecret(), name: `Station ${pairingCode}`, pairingCode }
}

/** Reads the identity kept on this device, or makes and keeps a new one. */
export function loadStationIdentity(storage: IdentityStorage | null): StationIdentity {
  const stored = readStored(storage)
  if (stored) return stored
  const identity = newStationIdentity()
  saveStationIdentity(storage, identity)
  return identity
}

export function saveStationIdentity(storage: IdentityStorage | null, identity: StationIdentity): void {
  try {
    storage?.setItem(STATION_STORAGE_KEY, JSON.stringify(identity))
  } catch {
    // Private mode or a full disk: the station still works, it just forgets its name on reload.
  }
}

function readStored(storage: IdentityStorage | null): StationIdentity | null {
  try {
    const text = storage?.getItem(STATION_STORAGE_KEY)
    if (!text) return null
    const parsed = identitySchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
