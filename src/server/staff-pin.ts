import { randomInt } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Where a generated staff PIN is kept. */
export function staffPinFile(dataDir: string): string {
  return join(dataDir, 'staff-pin.txt')
}

/**
 * The staff PIN stored in the data folder, made on first start: six random digits in a file only the
 * server's user can read. The caller logs where the file is, never the PIN.
 */
export async function loadOrCreateStaffPin(dataDir: string): Promise<{ pin: string; created: boolean }> {
  const file = staffPinFile(dataDir)
  const stored = await readFile(file, 'utf8').then(
    (text) => text.trim(),
    (error: unknown) => {
      if (isNotFound(error)) return ''
      throw error
    },
  )
  if (stored !== '') return { pin: stored, created: false }
  const pin = String(randomInt(0, 1_000_000)).padStart(6, '0')
  await writeFile(file, `${pin}\n`, { mode: 0o600 })
  return { pin, created: true }
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT'
}
