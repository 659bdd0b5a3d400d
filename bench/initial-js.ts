// `npm run bench:js`: what the visitor's page loads before its first frame, and what each package or source folder
// weighs in it (issue 17: the initial JS at most 1.25x the bare page's). It builds the app with source maps into
// dist-bench/app-maps (skip with `--no-build`; `--dir <folder>` measures another build), opens the lobby in
// headless Chromium, and lists every script the page asked for with its gzip size and whether it was asked for
// before the first rendered frame. The gzip of each chunk is shared out over its sources in proportion to their
// bytes in the chunk (gzip per source is not defined; the split is an estimate, the chunk totals are exact).
// `--depth N` groups the app's own sources by the first N folders (default 2: `src/ui`).
// Holds Chromium: run it under `flock /tmp/e2e.lock`.

import { execSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { launchBrowser } from '../tests/e2e/support/browser'
import { startBenchServer } from './bench-server'
import { bytesPerSource } from './source-map-bytes'

const root = join(import.meta.dirname, '..')
const argAt = (name: string) => process.argv.indexOf(name)
const dirAt = argAt('--dir')
const dir = join(root, dirAt >= 0 ? (process.argv[dirAt + 1] ?? 'dist') : 'dist-bench/app-maps')
const depthAt = argAt('--depth')
const depth = depthAt >= 0 ? Number(process.argv[depthAt + 1]) : 2
/** The app's lobby has loaded everything it shows once its start choices are enabled. */
const LOADED = '[data-testid="use-screen"]:not([disabled])'
/** How long after the lobby has loaded a script still counts as the lobby's (deferred modules load after it). */
const SETTLE_MS = 3000

interface ScriptLoad {
  file: string
  gzip: number
  requestedMs: number
  beforeFirstFrame: boolean
}

/** Every script the lobby asked for, in order, with the time of its first frame. */
async function lobbyScripts(url: string): Promise<{ scripts: ScriptLoad[]; firstFrameMs: number }> {
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.goto(url)
    const firstFrameMs = (await page.evaluate(`new Promise((resolve) => {
      const check = () => ((window.__digidel?.frames() ?? 0) > 0 ? resolve(performance.now()) : requestAnimationFrame(check))
      check()
    })`)) as number
    await page.waitForSelector(LOADED, { timeout: 120_000 })
    await page.waitForTimeout(SETTLE_MS)
    const entries = (await page.evaluate(`performance.getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({ path: new URL(entry.name).pathname, startTime: entry.startTime }))`)) as {
      path: string
      startTime: number
    }[]
    await context.close()
    const scripts = entries.map(({ path, startTime }) => ({
      file: path.replace(/^\//, ''),
      gzip: gzipSync(readFileSync(join(dir, path))).length,
      requestedMs: startTime,
      beforeFirstFrame: startTime <= firstFrameMs,
    }))
    return { scripts, firstFrameMs }
  } finally {
    await browser.close()
  }
}

/** The package a source belongs to, or its folder in this repository `depth` levels deep. */
function groupOf(source: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)
  if (inPackage?.[1]) return inPackage[1]
  const inRepo = /(?:^|\/)((?:src|scenes|build)\/.*)$/.exec(source)
  if (!inRepo?.[1]) return source
  return inRepo[1].split('/').slice(0, depth).join('/')
}

async function main(): Promise<void> {
  if (dirAt < 0 && !process.argv.includes('--no-build')) {
    execSync(`npx vite build --sourcemap --outDir ${dir} --emptyOutDir`, { cwd: root, stdio: 'inherit' })
  }
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no build`)
  const server = await startBenchServer('initial-js', dir)
  try {
    const { scripts, firstFrameMs } = await lobbyScripts(`${server.httpUrl}/?automation=1&lang=sv`)
    const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7)
    console.log(`\nScripts the lobby asked for (first frame at ${firstFrameMs.toFixed(0)} ms)`)
    console.log('gzip KB   asked at ms   before first frame   file')
    for (const script of scripts) {
      console.log(
        `${kb(script.gzip)}   ${script.requestedMs.toFixed(0).padStart(11)}   ${(script.beforeFirstFrame ? 'yes' : 'no').padStart(18)}   ${script.file}`,
      )
    }
    const initial = scripts.filter((script) => script.beforeFirstFrame)
    const sum = (list: ScriptLoad[]) => list.reduce((total, script) => total + script.gzip, 0)
    console.log(`\nbefore the first frame: ${kb(sum(initial))} KB gzip in ${initial.length} scripts`)
    console.log(`after it, in the lobby: ${kb(sum(scripts) - sum(initial))} KB gzip`)

    const groups = new Map<string, number>()
    let unmapped = 0
    for (const script of initial) {
      const mapFile = join(dir, `${script.file}.map`)
      if (!existsSync(mapFile)) {
        unmapped += script.gzip
        continue
      }
      const code = readFileSync(join(dir, script.file), 'utf8')
      const perSource = bytesPerSource(code, JSON.parse(readFileSync(mapFile, 'utf8')))
      const mapped = [...perSource.values()].reduce((total, bytes) => total + bytes, 0)
      for (const [source, bytes] of perSource) {
        const group = groupOf(source)
        groups.set(group, (groups.get(group) ?? 0) + (script.gzip * bytes) / Math.max(1, mapped))
      }
    }
    console.log(
      `\nBefore the first frame, by package or folder (estimated gzip KB; ${kb(unmapped)} KB unmapped)`,
    )
    for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
      if (bytes >= 256) console.log(`${kb(bytes)}   ${group}`)
    }
  } finally {
    await server.close()
  }
}

await main()
