import { testPostgresUrl } from './postgres'

// The PostgreSQL pass must never quietly test SQLite instead.
if (testPostgresUrl() === null) {
  throw new Error(
    'the server-pg tests need TEST_DATABASE_URL (a PostgreSQL server where they may create databases); npm test sets it',
  )
}
