import { randomBytes } from 'node:crypto'
import pg from 'pg'

// Scratch databases on a real PostgreSQL server, for the server tests' second pass and for the benchmark.

/**
 * The server the PostgreSQL pass runs against (`TEST_DATABASE_URL`, set by `npm test` from `DATABASE_URL` or a
 * throwaway `pg_virtualenv` cluster), or null in the SQLite pass.
 */
export function testPostgresUrl(): string | null {
  const url = process.env.TEST_DATABASE_URL?.trim()
  return url === undefined || url === '' ? null : url
}

/** Names of every scratch database start with this. */
export const SCRATCH_PREFIX = 'digidel_scratch_'

/** A new, empty database on the server at `serverUrl`: its URL, and a way to drop it. */
export async function createScratchDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${SCRATCH_PREFIX}${randomBytes(6).toString('hex')}`
  await withClient(serverUrl, async (client) => {
    await client.query(`create database ${name}`)
  })
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: () =>
      withClient(serverUrl, async (client) => {
        await client.query(`drop database if exists ${name} with (force)`)
      }),
  }
}

async function withClient<T>(serverUrl: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end()
  }
}
