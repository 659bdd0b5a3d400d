// One command from a fresh clone to a running app: installs what is missing, builds the app, and
// starts the server (app + API on HTTP and HTTPS, SQLite in ./data). It prints the URLs.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'

function step(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

/** Whether a command is on the PATH. */
function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

// The build makes the offline narration clips with Debian's eSpeak NG and opusenc.
const missing = [
  ['espeak-ng', 'espeak-ng'],
  ['opusenc', 'opus-tools'],
].filter(([command]) => !has(command))
if (missing.length > 0) {
  const packages = missing.map(([, debianPackage]) => debianPackage)
  const asRoot = process.getuid?.() === 0
  console.log(`Installing the Debian packages ${packages.join(', ')} (the build's offline narration)...`)
  const apt = asRoot ? ['apt-get'] : ['sudo', 'apt-get']
  step(apt[0], [...apt.slice(1), 'update', '-qq'])
  step(apt[0], [...apt.slice(1), 'install', '-y', '-qq', ...packages])
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
