// The whole check, as CI runs it: format, types, lint, unit tests, the server tests again on a real PostgreSQL
// server, then end-to-end tests in headless Chromium. Ends with one line, "N passed, N failed", counting each
// check and each test of every pass.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'

mkdirSync('test-results', { recursive: true })
let passed = 0
let failed = 0

// Every pass but the PostgreSQL one runs on SQLite, whatever the shell has set.
const databaseUrl = process.env.DATABASE_URL
const sqliteEnv = { ...process.env }
delete sqliteEnv.DATABASE_URL
delete sqliteEnv.TEST_DATABASE_URL

function run(label, command, args, env = sqliteEnv) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, env })
  console.log(
    `  ${label} ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  return result.status === 0
}

function check(label, command, args) {
  if (run(label, command, args)) passed++
  else failed++
}

/** Runs a vitest project and counts its tests; `wrap` runs it inside another command (e.g. pg_virtualenv). */
function vitest(project, { env = sqliteEnv, wrap = [] } = {}) {
  const report = `test-results/vitest-${project}.json`
  // A report left by an earlier run must not be counted if this one never starts (e.g. no cluster).
  rmSync(report, { force: true })
  const command = [
    ...wrap,
    'npx',
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]
  const ok = run(`${project} tests`, command[0], command.slice(1), env)
  try {
    const results = JSON.parse(readFileSync(report, 'utf8'))
    passed += results.numPassedTests
    failed += results.numFailedTests + results.numPendingTests + results.numTodoTests
    // A suite that crashed before running its tests counts as a failure too.
    if (!ok && results.numFailedTests === 0) failed++
  } catch {
    failed++
  }
}

check('format', 'npx', ['prettier', '--check', '.'])
check('types', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])
check('lint', 'npx', ['eslint', '.'])
vitest('unit')
postgresPass()
vitest('e2e')

/**
 * The server suite on PostgreSQL: at DATABASE_URL when it is set (the tests make scratch databases there, so the
 * role needs CREATEDB), else in a throwaway cluster from Debian's pg_virtualenv, else skipped with a line saying so
 * (or, with REQUIRE_POSTGRES set, as CI does, counted as a failure).
 */
function postgresPass() {
  if (databaseUrl) {
    vitest('server-pg', { env: { ...sqliteEnv, TEST_DATABASE_URL: databaseUrl } })
  } else if (spawnSync('pg_virtualenv', ['-h'], { stdio: 'ignore' }).error === undefined) {
    // -t keeps the cluster in a temporary folder, so parallel runs (and root) never share one. pg_virtualenv sets
    // PGHOST, PGPORT, PGUSER and PGPASSWORD (a hex string) for the command it runs.
    const url = 'postgresql://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/postgres'
    vitest('server-pg', {
      wrap: ['pg_virtualenv', '-t', 'sh', '-c', `TEST_DATABASE_URL="${url}" exec "$@"`, 'sh'],
    })
  } else if (process.env.REQUIRE_POSTGRES) {
    console.log(
      '\n▶ server-pg tests: FAILED, REQUIRE_POSTGRES is set but there is no DATABASE_URL and no pg_virtualenv',
    )
    failed++
  } else {
    console.log(
      "\n▶ server-pg tests: SKIPPED, no PostgreSQL here (set DATABASE_URL, or install Debian's postgresql for pg_virtualenv)",
    )
  }
}

console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
