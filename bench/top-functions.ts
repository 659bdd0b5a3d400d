// `tsx bench/top-functions.ts [--cpu-throttle N] [--dir dist]`: where the app's script time goes while idle,
// as the top self-time functions of a sampling profile in the lobby and in the first task of each scene. A tool
// for finding per-frame work, not a benchmark: build with `npx vite build --minify false --outDir dist-profile`
// and pass `--dir dist-profile` for readable names.

import { join } from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import { startBenchServer } from './bench-server'
import { launchBrowser } from '../tests/e2e/support/browser'
import { turnOffConfidenceQuestion, waitForState } from '../tests/e2e/support/app-page'
import type { SampledProfile } from './frame-script'

const root = join(import.meta.dirname, '..')
const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name)
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback
}
const rate = Number(argument('--cpu-throttle', '1'))
const dir = argument('--dir', 'dist')
const WINDOW_MS = Number(argument('--window', '5000'))
const TOP = Number(argument('--top', '25'))

interface Line {
  name: string
  selfMs: number
}

/** Self time per function while `during` runs (idle for a window by default), and the frames drawn meanwhile. */
async function profile(
  page: Page,
  cdp: CDPSession,
  during: () => Promise<void> = () => page.waitForTimeout(WINDOW_MS),
): Promise<{ frames: number; lines: Line[]; scriptMs: number }> {
  const frames = async () => (await page.evaluate('window.__digidel?.frames() ?? 0')) as number
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  const from = await frames()
  await during()
  const to = await frames()
  const { profile: raw } = (await cdp.send('Profiler.stop')) as { profile: SampledProfile }
  await cdp.send('Profiler.disable')
  const byId = new Map(raw.nodes.map((node) => [node.id, node]))
  const self = new Map<string, number>()
  let scriptMicros = 0
  raw.samples?.forEach((id, index) => {
    const node = byId.get(id)
    if (!node) return
    const weight = raw.timeDeltas?.[index] ?? 0
    const { functionName, url } = node.callFrame
    const lineNumber = (node.callFrame as { lineNumber?: number }).lineNumber ?? 0
    if (url !== '') scriptMicros += weight
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + weight)
  })
  const lines = [...self.entries()]
    .map(([name, micros]) => ({ name, selfMs: micros / 1000 }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, TOP)
  return { frames: to - from, lines, scriptMs: scriptMicros / 1000 }
}

function print(title: string, result: { frames: number; lines: Line[]; scriptMs: number }): void {
  const frames = Math.max(1, result.frames)
  console.log(
    `\n== ${title}: ${result.frames} frames, script ${(result.scriptMs / frames).toFixed(3)} ms/frame (self ms per frame)`,
  )
  for (const line of result.lines)
    console.log(`${(line.selfMs / frames).toFixed(3).padStart(8)}  ${line.name}`)
}

/** Each step of the running task, ended as staff would skip it, a few frames apart. */
async function walkSteps(page: Page): Promise<void> {
  for (;;) {
    const state = (await page.evaluate('window.__digidel.state()')) as { status: string; stepIndex: number }
    if (state.status !== 'running') return
    await page.evaluate(`window.__digidel.store.getState().skipStep('staff')`)
    const frames = (await page.evaluate('window.__digidel.frames()')) as number
    while (((await page.evaluate('window.__digidel.frames()')) as number) < frames + 5)
      await page.waitForTimeout(20)
  }
}

/** Long tasks (start, duration in ms) since `from`. */
async function longTasks(page: Page, from: number): Promise<number[][]> {
  const all = (await page.evaluate('window.__long')) as number[][]
  return all.filter(([start]) => (start ?? 0) >= from)
}

async function main(): Promise<void> {
  const app = await startBenchServer('top', join(root, dir))
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 })
    const page = await context.newPage()
    await page.addInitScript(
      `window.__long = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]) }).observe({ type: 'longtask', buffered: true })`,
    )
    const cdp = await context.newCDPSession(page)
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate })
    await page.goto(`${app.httpUrl}/?automation=1&lang=sv`)
    await page.getByTestId('use-screen').click({ timeout: 120_000 })
    await waitForState(page, { mode: 'desktop' }, 120_000)
    await turnOffConfidenceQuestion(page)
    await page.waitForTimeout(5000)
    print('lobby', await profile(page, cdp))
    const tasks = (await page.evaluate(
      '(window.__digidel?.store.getState().tasks ?? []).map((task) => ({ id: task.id, scene: task.scene }))',
    )) as { id: string; scene: string }[]
    const seen = new Set<string>()
    for (const task of tasks) {
      if (seen.has(task.scene)) continue
      seen.add(task.scene)
      await page.evaluate(`window.__digidel.store.getState().startTask(${JSON.stringify(task.id)}, 'staff')`)
      await waitForState(page, { status: 'running' }, 120_000)
      await page.waitForTimeout(5000)
      print(`${task.scene}/${task.id}`, await profile(page, cdp))
      if (process.argv.includes('--steps')) {
        const longFrom = (await page.evaluate('performance.now()')) as number
        print(`${task.scene}/${task.id} steps`, await profile(page, cdp, () => walkSteps(page)))
        console.log(`   long tasks: ${JSON.stringify(await longTasks(page, longFrom))}`)
      }
      await page.evaluate(`window.__digidel.store.getState().leaveTask('left', 'staff')`)
      await page.waitForTimeout(1000)
    }
    await context.close()
  } finally {
    await browser.close()
    await app.close()
  }
}

await main()
