import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Issues and checks the proof that staff approved a station, so the station can keep it across restarts. */
export interface StationApprovals {
  /** The approval of a station: kept on the device and sent with each hello. */
  issue(stationId: string, secret: string): string
  /** Whether an approval was issued here for this station id and secret. */
  verify(stationId: string, secret: string, approval: string | undefined): boolean
}

/**
 * Approvals as HMACs of the station's id and secret under a server key: the server stores nothing per station,
 * an approval survives restarts, and it is worthless to anyone without the station's secret. A new key (a new
 * data folder) means every station is approved again.
 */
export function createStationApprovals(key: Buffer): StationApprovals {
  const sign = (stationId: string, secret: string) =>
    createHmac('sha256', key).update(`${stationId}\n${secret}`, 'utf8').digest()
  return {
    issue: (stationId, secret) => sign(stationId, secret).toString('base64url'),
    verify(stationId, secret, approval) {
      if (approval === undefined) return false
      const given = Buffer.from(approval, 'base64url')
      const expected = sign(stationId, secret)
      return given.length === expected.length && timingSafeEqual(given, expected)
    },
  }
}

/** Where the approval key lives. */
export function approvalKeyFile(dataDir: string): string {
  return join(dataDir, 'station-key')
}

/** The server's approval key in the data folder, made on first start (32 random bytes, owner-only). */
export async function loadOrCreateApprovalKey(dataDir: string): Promise<Buffer> {
  const file = approvalKeyFile(dataDir)
  const stored = await readFile(file).catch((error: unknown) => {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return null
    throw error
  })
  if (stored !== null && stored.length >= 32) return stored
  const key = randomBytes(32)
  await writeFile(file, key, { mode: 0o600 })
  return key
}
