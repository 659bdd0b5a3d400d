// One command from a fresh clone to a running app: installs what is missing, builds the app, and
// starts the server (app + API on HTTP and HTTPS, SQLite in ./data). It prints the URLs.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'

function step(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const installed = existsSync('node_modules/.package-lock.json')
if (
  !installed ||
  statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs
) {
  step('npm', ['ci', '--no-audit', '--no-fund'])
}
step('npm', ['run', 'build'])
step('npx', ['tsx', 'src/server/main.ts'])
