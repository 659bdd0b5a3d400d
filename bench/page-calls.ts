// `npm run bench:pages`: draw calls and triangles of the frame while each terminal page of each errand is on show,
// on a screen (1280x800) and per eye in VR on the emulated headset, in headless Chromium on the CPU (SwiftShader).
// Every errand (each package in scenes/*/errands/) is started as staff would and walked step by step with the
// staff's "skip step"; a page shown in several steps counts with its worst step, and the page after the last step
// (the receipt) is measured too. Each page is set against the budget of issue 15 (60 draw calls, 100k triangles),
// and each scene's worst page against the same scene with its errand's first page (the baseline, same run).
// Run it under the shared e2e lock: `flock /tmp/e2e.lock npm run bench:pages` (`--no-build` reuses dist/).

import { execSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { startBenchServer } from './bench-server'
import { launchBrowser } from '../tests/e2e/support/browser'
import { turnOffConfidenceQuestion, waitForState, waitFrames } from '../tests/e2e/support/app-page'
import { enterVr } from '../tests/e2e/support/xr'

const BUDGET = { calls: 60, triangles: 100_000 }
const VIEWPORT = { width: 1280, height: 800 }
const root = join(import.meta.dirname, '..')

/** The frame's cost while one page is on show: the worst of its steps. */
interface PageFigures {
  errand: string
  scene: string
  page: string
  calls: number
  triangles: number
}

/** Draw calls and triangles of the last frame, once the page has been laid out and drawn, per eye. */
async function frameCost(page: Page, perEye: number): Promise<{ calls: number; triangles: number }> {
  await waitFrames(page, 6)
  const info = await page.evaluate(() => window.__digidel?.renderInfo() ?? { calls: 0, triangles: 0 })
  return { calls: info.calls / perEye, triangles: info.triangles / perEye }
}

/** The errands: every package's task in `scenes/<scene>/errands/<id>/`, with the scene it runs in. */
function errandsOf(): { id: string; scene: string }[] {
  const scenes = join(root, 'scenes')
  return readdirSync(scenes).flatMap((scene) => {
    const folder = join(scenes, scene, 'errands')
    return existsSync(folder) ? readdirSync(folder).map((id) => ({ id, scene })) : []
  })
}

/** The stage of the page on show: the running step's, or the task's last page once it is done. */
async function stageOnShow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const state = window.__digidel?.store.getState()
    const task = state?.taskDefinition()
    const run = state?.run
    if (!task || !run) return null
    if (run.status === 'completed') return task.completedStage ?? task.steps.at(-1)?.stage ?? null
    return task.steps[run.stepIndex]?.stage ?? null
  })
}

/** Every page of every errand, and each scene's frame at its first errand's first step. */
async function measurePages(
  page: Page,
  perEye: number,
): Promise<{ pages: PageFigures[]; scenes: Map<string, { calls: number; triangles: number }> }> {
  await turnOffConfidenceQuestion(page)
  const pages = new Map<string, PageFigures>()
  const scenes = new Map<string, { calls: number; triangles: number }>()
  for (const { id, scene } of errandsOf()) {
    await page.evaluate((task) => window.__digidel?.store.getState().startTask(task, 'staff'), id)
    await waitForState(page, { task: id, status: 'running' })
    if (!scenes.has(scene)) scenes.set(scene, await frameCost(page, perEye))
    for (;;) {
      const stage = await stageOnShow(page)
      const status = (await page.evaluate(() => window.__digidel?.state().status)) ?? 'idle'
      if (stage !== null) {
        const cost = await frameCost(page, perEye)
        const key = `${id}/${stage}`
        const worst = pages.get(key) ?? { errand: id, scene, page: stage, calls: 0, triangles: 0 }
        worst.calls = Math.max(worst.calls, cost.calls)
        worst.triangles = Math.max(worst.triangles, cost.triangles)
        pages.set(key, worst)
      }
      if (status !== 'running') break
      await page.evaluate(() => window.__digidel?.store.getState().skipStep('staff'))
    }
    await page.evaluate(() => window.__digidel?.store.getState().leaveTask('left', 'staff'))
  }
  return { pages: [...pages.values()], scenes }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    execSync('npm run build', {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
  }
  const app = await startBenchServer('pages', join(root, 'dist'))
  const browser = await launchBrowser()
  try {
    const screenContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
    const screen = await screenContext.newPage()
    await screen.goto(`${app.httpUrl}/?automation=1&lang=sv`)
    await screen.getByTestId('use-screen').click({ timeout: 120_000 })
    await waitForState(screen, { mode: 'desktop' }, 120_000)
    const onScreen = await measurePages(screen, 1)
    await screenContext.close()

    const vrContext = await browser.newContext({
      viewport: { width: 800, height: 500 },
      deviceScaleFactor: 1,
    })
    const headset = await vrContext.newPage()
    await headset.goto(`${app.httpUrl}/?automation=1&lang=sv&emulate=1`)
    await enterVr(headset)
    // Both eyes are drawn in one frame: three counts each object once per eye.
    const inVr = await measurePages(headset, 2)
    await vrContext.close()

    const cell = (value: number, width: number) => String(Math.round(value)).padStart(width)
    const share = (value: number, budget: number) => `${((100 * value) / budget).toFixed(0)}%`.padStart(5)
    console.log(
      `\nDraw calls and triangles per terminal page (worst step of the page); screen ${VIEWPORT.width}x${VIEWPORT.height}, VR per eye; budget ${BUDGET.calls} calls, ${BUDGET.triangles / 1000}k triangles`,
    )
    console.log(
      'errand/page                          screen calls  tris    VR calls/eye  tris/eye   worst share of budget',
    )
    const over: string[] = []
    for (const figures of onScreen.pages) {
      const vr = inVr.pages.find((entry) => entry.errand === figures.errand && entry.page === figures.page)
      const calls = Math.max(figures.calls, vr?.calls ?? 0)
      const triangles = Math.max(figures.triangles, vr?.triangles ?? 0)
      console.log(
        `${`${figures.errand}/${figures.page}`.padEnd(36)} ${cell(figures.calls, 12)} ${cell(figures.triangles, 6)} ${cell(vr?.calls ?? NaN, 14)} ${cell(vr?.triangles ?? NaN, 9)}   calls ${share(calls, BUDGET.calls)}  tris ${share(triangles, BUDGET.triangles)}`,
      )
      if (calls > BUDGET.calls) over.push(`${figures.errand}/${figures.page}: ${calls} draw calls`)
      if (triangles > BUDGET.triangles) over.push(`${figures.errand}/${figures.page}: ${triangles} triangles`)
    }
    console.log('\nBaseline: each scene at its errand’s first step, and the worst page against it (ratio)')
    for (const [scene, base] of onScreen.scenes) {
      const vrBase = inVr.scenes.get(scene)
      const worst = (pages: PageFigures[]) =>
        Math.max(...pages.filter((entry) => entry.scene === scene).map((entry) => entry.calls))
      const ratio = (value: number, baseValue: number | undefined) =>
        baseValue ? (value / baseValue).toFixed(2) : 'n/a'
      console.log(
        `${scene.padEnd(12)} screen ${cell(base.calls, 3)} calls (worst page x${ratio(worst(onScreen.pages), base.calls)}), VR ${cell(vrBase?.calls ?? NaN, 3)} calls/eye (worst page x${ratio(worst(inVr.pages), vrBase?.calls)})`,
      )
    }
    console.log(over.length === 0 ? '\nEvery page is within budget.' : `\nOver budget: ${over.join('; ')}`)
    if (over.length > 0) process.exitCode = 1
  } finally {
    await browser.close()
    await app.close()
  }
}

await main()
