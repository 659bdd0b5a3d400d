// The whole check, as CI runs it: format, types, lint, unit tests, then end-to-end tests in headless
// Chromium. Ends with one line, "N passed, N failed", counting each check and each test.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'

mkdirSync('test-results', { recursive: true })
let passed = 0
let failed = 0

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false })
  console.log(
    `  ${label} ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  return result.status === 0
}

function check(label, command, args) {
  if (run(label, command, args)) passed++
  else failed++
}

function vitest(project) {
  const report = `test-results/vitest-${project}.json`
  const ok = run(`${project} tests`, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ])
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
vitest('e2e')

console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
