import { chmod, mkdir, open } from 'node:fs/promises'

/** Owner only: the folder holds the database, the TLS key and the staff PIN. */
export const PRIVATE_DIR_MODE = 0o700
/** Owner read and write only. */
export const PRIVATE_FILE_MODE = 0o600

/** Creates the data folder readable by the server's user only, and closes an existing one to others. */
export async function preparePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
  await chmod(dir, PRIVATE_DIR_MODE)
}

/**
 * Creates `file` empty with mode 0600 if it does not exist, and sets 0600 if it does. SQLite gives its `-wal`
 * and `-shm` files the mode of the database file, so they are private too.
 */
export async function preparePrivateFile(file: string): Promise<void> {
  const handle = await open(file, 'a', PRIVATE_FILE_MODE)
  await handle.close()
  await chmod(file, PRIVATE_FILE_MODE)
}

/** Sets 0600 on files that exist (e.g. a WAL file left by an older version); missing ones are skipped. */
export async function makeFilesPrivate(files: readonly string[]): Promise<void> {
  for (const file of files) {
    await chmod(file, PRIVATE_FILE_MODE).catch((error: unknown) => {
      if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT'))
        throw error
    })
  }
}
