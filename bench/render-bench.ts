// `npm run bench:render`: what the 3D app costs against a bare page of the same stack (three, R3F, @react-three/xr
// and one drei Text), measured in one run in headless Chromium on the CPU (SwiftShader), pages alternating:
//   - JS gzip: the scripts each page asks for before its first frame, gzipped (the initial JS), and beside it every
//     script it loads until the measurement ends (what loads right after the first frame counts there), and the
//     WebAssembly it fetches (yoga's, a file of its own since issue 17);
//   - first frame: milliseconds from navigation to the first rendered frame;
//   - script ms per frame: time in the page's own scripts (sampling profiler) over a window, per frame;
//   - draw calls and triangles of every scene, at every step of every task (the worst step counts), on a screen
//     and per eye in VR on the emulated headset.
// Budgets (issue 7): at most 60 draw calls per scene on a screen and 60 per eye in VR, at most 100k triangles,
// script time per frame at most 1.5x the bare page's.
// `--cpu-throttle N` (issue 17) slows Chromium's CPU N times (DevTools' presets: 4, 6, 20) for every page, as a
// stand-in for a headset's phone-class CPU, and adds a table per scene (bench/scene-frames.ts): script per frame,
// median and 95th percentile over 300 frames after an uncounted warm-up, against the bare page at the same
// throttle, and the longest task on entering the scene and inside it (goal: none over 100 ms inside a scene).

import { execSync } from 'node:child_process'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import type { Page, Response } from 'playwright-core'
import { startServer } from '../src/server/app'
import { launchBrowser } from '../tests/e2e/support/browser'
import { turnOffConfidenceQuestion, waitForState, waitFrames } from '../tests/e2e/support/app-page'
import { enterVr } from '../tests/e2e/support/xr'
import { appSceneFrames, bareFrames, probeFrames, type FrameFigures } from './scene-frames'

// The bare page runs well under 0.1 ms of script a frame: a few hundred samples a window. Five rounds of eight
// seconds keep its median steady enough to divide by, and the range printed beside it shows how steady.
const roundsAt = process.argv.indexOf('--rounds')
/** `--rounds N` for a quicker run whose page table matters less (a throttled run for its scene table). */
const ROUNDS = roundsAt >= 0 ? Number(process.argv[roundsAt + 1]) : 5
const WINDOW_MS = 8000
const WARM_UP_MS = 8000
const VIEWPORT = { width: 1280, height: 800 }
const BUDGET = { calls: 60, triangles: 100_000, scriptRatio: 1.5 }

const root = join(import.meta.dirname, '..')
const skipBuild = process.argv.includes('--no-build')
/** Skips the draw-call walk over every step on a screen and in VR (minutes), for runs about script time only. */
const skipDrawCalls = process.argv.includes('--no-draw-calls')
const appDirAt = process.argv.indexOf('--app-dir')
/** The app's build to measure (`--app-dir`, with `--no-build`, e.g. an older build kept for a before/after run). */
const appDir = appDirAt >= 0 ? join(root, process.argv[appDirAt + 1] ?? 'dist') : join(root, 'dist')
const throttleAt = process.argv.indexOf('--cpu-throttle')
/** How many times slower the CPU runs (1: not slowed). */
const cpuThrottle = throttleAt >= 0 ? Number(process.argv[throttleAt + 1]) : 1
if (!Number.isFinite(cpuThrottle) || cpuThrottle < 1)
  throw new Error('--cpu-throttle takes a number of 1 or more')
const LONG_TASK_BUDGET_MS = 100

interface PageFigures {
  /** Scripts asked for before the first frame. */
  jsGzip: number
  /** Every script loaded until the end of the measurement. */
  jsAllGzip: number
  wasmGzip: number
  firstFrameMs: number
  scriptMsPerFrame: number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

/** Loads a page, then measures its scripts, its first frame and its script time per frame while idle. */
async function measurePage(
  page: Page,
  url: string,
  framesOf: string,
  /** What shows the page has loaded everything (fonts, glyphs), if it says so. */
  loaded: string | null,
): Promise<PageFigures> {
  const scripts = new Map<string, Promise<number>>()
  const wasm: Promise<number>[] = []
  const gzipOf = (response: Response) =>
    response
      .body()
      .then((body) => gzipSync(body).length)
      .catch(() => 0)
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.set(response.url(), gzipOf(response))
    // A wasm the page compiles while it streams gives no body to the protocol (it never answers): fetch it again.
    else if (new URL(response.url()).pathname.endsWith('.wasm')) {
      wasm.push(
        page.request
          .get(response.url())
          .then(async (again) => gzipSync(await again.body()).length)
          .catch(() => 0),
      )
    }
  })
  const cdp = await page.context().newCDPSession(page)
  if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle })
  await page.goto(url)
  // A string, not a function: tsx would wrap a function's inner helpers in names the page does not have.
  const firstFrameMs = (await page.evaluate(`new Promise((resolve) => {
    const check = () => ((${framesOf}) > 0 ? resolve(performance.now()) : requestAnimationFrame(check))
    check()
  })`)) as number
  // Asked for by the first frame: in the page's own resource timing, on the same clock as the frame.
  const initialUrls = new Set(
    (await page.evaluate(`performance.getEntriesByType('resource')
      .filter((entry) => entry.startTime <= ${firstFrameMs})
      .map((entry) => entry.name)`)) as string[],
  )
  // Start-up work (fonts, first layouts, glyph atlases) is over before the steady-state window starts.
  // Idle means loaded: at 4x throttle the app's fonts and glyph atlas can take longer than the warm-up.
  if (loaded) await page.waitForSelector(loaded, { timeout: 120_000 })
  await page.waitForTimeout(WARM_UP_MS)
  // The JavaScript the page runs per frame, from a sampling profile: time in the page's own scripts only.
  // Chromium's ScriptDuration would also count the time WebGL calls wait for the (software) GPU.
  const frames = async () => ((await page.evaluate(framesOf)) as number | undefined) ?? 0
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  const startFrames = await frames()
  await page.waitForTimeout(WINDOW_MS)
  const endFrames = await frames()
  const { profile } = await cdp.send('Profiler.stop')
  const inScript = new Set(profile.nodes.filter((node) => node.callFrame.url !== '').map((node) => node.id))
  let scriptMicros = 0
  profile.samples?.forEach((id, index) => {
    if (inScript.has(id)) scriptMicros += profile.timeDeltas?.[index] ?? 0
  })
  const sum = async (sizes: Promise<number>[]) =>
    (await Promise.all(sizes)).reduce((total, size) => total + size, 0)
  return {
    jsGzip: await sum([...scripts].filter(([url]) => initialUrls.has(url)).map(([, size]) => size)),
    jsAllGzip: await sum([...scripts.values()]),
    wasmGzip: await sum(wasm),
    firstFrameMs,
    scriptMsPerFrame: scriptMicros / 1000 / Math.max(1, endFrames - startFrames),
  }
}

interface SceneFigures {
  scene: string
  calls: number
  triangles: number
  worstStep: string
}

/** Draw calls and triangles of the last frame, after the scene has settled. */
async function renderInfo(page: Page): Promise<{ calls: number; triangles: number }> {
  await waitFrames(page, 4)
  return page.evaluate(() => window.__digidel?.renderInfo() ?? { calls: 0, triangles: 0 })
}

/** The lobby and every step of every task; the worst step of each scene counts. */
async function measureScenes(page: Page, perEye: number): Promise<SceneFigures[]> {
  // Tasks start at once, without the "How sure are you?" card in front of the scene.
  await turnOffConfidenceQuestion(page)
  const lobby = await renderInfo(page)
  const figures = new Map<string, SceneFigures>([
    [
      'lobby',
      { scene: 'lobby', calls: lobby.calls / perEye, triangles: lobby.triangles / perEye, worstStep: '-' },
    ],
  ])
  const tasks = await page.evaluate(() =>
    (window.__digidel?.store.getState().tasks ?? []).map((task) => ({ id: task.id, scene: task.scene })),
  )
  for (const { id: taskId, scene } of tasks) {
    await page.evaluate((id) => window.__digidel?.store.getState().startTask(id, 'staff'), taskId)
    await waitForState(page, { task: taskId, status: 'running' })
    const worst = figures.get(scene) ?? { scene, calls: 0, triangles: 0, worstStep: '' }
    figures.set(scene, worst)
    for (;;) {
      const state = await page.evaluate(() => window.__digidel?.state())
      if (!state || state.status !== 'running') break
      const info = await renderInfo(page)
      if (info.calls / perEye > worst.calls) {
        worst.calls = info.calls / perEye
        worst.worstStep = `${taskId}/${state.step ?? ''}`
      }
      worst.triangles = Math.max(worst.triangles, info.triangles / perEye)
      await page.evaluate(() => window.__digidel?.store.getState().skipStep('staff'))
    }
    await page.evaluate(() => window.__digidel?.store.getState().leaveTask('left', 'staff'))
  }
  return [...figures.values()]
}

async function main(): Promise<void> {
  if (!skipBuild) {
    execSync('npm run build', {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    execSync('npx vite build --config bench/bare/vite.config.ts', { cwd: root, stdio: 'inherit' })
  }
  const quiet = { port: 0, httpsPort: null, host: '127.0.0.1', logger: false, staffPin: '24681357' } as const
  const app = await startServer({
    ...quiet,
    dataDir: join(root, 'dist-bench', 'data-app'),
    staticDir: appDir,
  })
  const bare = await startServer({
    ...quiet,
    dataDir: join(root, 'dist-bench', 'data-bare'),
    staticDir: join(root, 'dist-bench', 'bare'),
  })
  const browser = await launchBrowser()
  try {
    const results = { bare: [] as PageFigures[], app: [] as PageFigures[] }
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, url, frames, loaded] of [
        ['bare', `${bare.httpUrl}/`, 'window.__bench?.frames()', null],
        [
          'app',
          `${app.httpUrl}/?automation=1&lang=sv`,
          'window.__digidel?.frames()',
          '[data-testid="use-screen"]:not([disabled])',
        ],
      ] as const) {
        const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
        const page = await context.newPage()
        results[name].push(await measurePage(page, url, frames, loaded))
        await context.close()
      }
    }

    const { onScreen, inVr } = skipDrawCalls
      ? { onScreen: [], inVr: [] }
      : await drawCalls(browser, app.httpUrl)

    const summary = (figures: PageFigures[]) => ({
      jsGzip: median(figures.map((f) => f.jsGzip)),
      jsAllGzip: median(figures.map((f) => f.jsAllGzip)),
      wasmGzip: median(figures.map((f) => f.wasmGzip)),
      firstFrameMs: median(figures.map((f) => f.firstFrameMs)),
      scriptMsPerFrame: median(figures.map((f) => f.scriptMsPerFrame)),
    })
    const b = summary(results.bare)
    const a = summary(results.app)
    const ratio = (x: number, y: number) => (y > 0 ? (x / y).toFixed(2) : 'n/a')
    console.log(
      `\nPages (median of ${ROUNDS} alternating rounds, ${VIEWPORT.width}x${VIEWPORT.height}, SwiftShader)`,
    )
    console.log('page   JS gzip KB   first frame ms   script ms/frame   (range over rounds)')
    for (const [name, f] of [
      ['bare', b],
      ['app', a],
    ] as const) {
      const perFrame = results[name].map((round) => round.scriptMsPerFrame)
      const range = `${Math.min(...perFrame).toFixed(3)}-${Math.max(...perFrame).toFixed(3)}`
      console.log(
        `${name.padEnd(6)} ${(f.jsGzip / 1024).toFixed(1).padStart(10)}   ${f.firstFrameMs.toFixed(0).padStart(14)}   ${f.scriptMsPerFrame.toFixed(3).padStart(15)}   (${range})`,
      )
    }
    console.log(
      `ratio  ${ratio(a.jsGzip, b.jsGzip).padStart(10)}   ${ratio(a.firstFrameMs, b.firstFrameMs).padStart(14)}   ${ratio(a.scriptMsPerFrame, b.scriptMsPerFrame).padStart(15)}   (budget ${BUDGET.scriptRatio}x)`,
    )
    console.log(
      '(JS gzip: asked for before the first frame. Every script loaded by the end of the measurement: ' +
        `bare ${(b.jsAllGzip / 1024).toFixed(1)}, app ${(a.jsAllGzip / 1024).toFixed(1)} KB, ratio ${ratio(a.jsAllGzip, b.jsAllGzip)}; ` +
        `WebAssembly: bare ${(b.wasmGzip / 1024).toFixed(1)}, app ${(a.wasmGzip / 1024).toFixed(1)} KB)`,
    )

    console.log(
      '\nScenes (worst step)   screen calls   screen triangles   VR calls/eye   VR triangles/eye   worst step',
    )
    const over: string[] = []
    for (const scene of onScreen) {
      const vr = inVr.find((entry) => entry.scene === scene.scene)
      console.log(
        `${scene.scene.padEnd(20)} ${String(scene.calls).padStart(14)} ${String(scene.triangles).padStart(18)} ${String(vr?.calls ?? '-').padStart(14)} ${String(vr?.triangles ?? '-').padStart(18)}   ${scene.worstStep}`,
      )
      if (scene.calls > BUDGET.calls) over.push(`${scene.scene}: ${scene.calls} draw calls on a screen`)
      if ((vr?.calls ?? 0) > BUDGET.calls) over.push(`${scene.scene}: ${vr?.calls} draw calls per eye in VR`)
      if (Math.max(scene.triangles, vr?.triangles ?? 0) > BUDGET.triangles)
        over.push(`${scene.scene}: triangles`)
    }
    if (a.scriptMsPerFrame > b.scriptMsPerFrame * BUDGET.scriptRatio) over.push('script time per frame')
    if (cpuThrottle > 1) {
      const frames = await throttledScenes(browser, bare.httpUrl, app.httpUrl)
      printFrames(frames, inVr)
      const base = frames[0]
      for (const scene of frames.slice(1)) {
        if (base && scene.medianMs > base.medianMs * BUDGET.scriptRatio)
          over.push(`${scene.name}: script per frame at ${cpuThrottle}x throttle`)
        if (scene.inSceneLongestMs > LONG_TASK_BUDGET_MS)
          over.push(`${scene.name}: a long task inside the scene`)
      }
    }
    console.log(over.length === 0 ? '\nEvery budget holds.' : `\nOver budget: ${over.join('; ')}`)
  } finally {
    await browser.close()
    await app.close()
    await bare.close()
  }
}

/** Draw calls and triangles of every scene, at every step, on a screen and per eye in the emulated headset. */
async function drawCalls(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  appUrl: string,
): Promise<{ onScreen: SceneFigures[]; inVr: SceneFigures[] }> {
  const screenContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  const screen = await screenContext.newPage()
  await screen.goto(`${appUrl}/?automation=1&lang=sv`)
  await screen.getByTestId('use-screen').click()
  await waitForState(screen, { mode: 'desktop' })
  const onScreen = await measureScenes(screen, 1)
  await screenContext.close()

  const vrContext = await browser.newContext({
    viewport: { width: 800, height: 500 },
    deviceScaleFactor: 1,
  })
  const headset = await vrContext.newPage()
  await headset.goto(`${appUrl}/?automation=1&lang=sv&emulate=1`)
  await enterVr(headset)
  // Both eyes are drawn in one frame: three counts each object once per eye.
  const inVr = await measureScenes(headset, 2)
  await vrContext.close()
  return { onScreen, inVr }
}

/** The bare page and every scene of the app on a screen, each in a fresh page with the CPU slowed down. */
async function throttledScenes(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  bareUrl: string,
  appUrl: string,
): Promise<FrameFigures[]> {
  const bareContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  const barePage = await bareContext.newPage()
  const bareFigures = await bareFrames(barePage, await probeFrames(barePage, cpuThrottle), `${bareUrl}/`)
  await bareContext.close()
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  const page = await context.newPage()
  const cdp = await probeFrames(page, cpuThrottle)
  await page.goto(`${appUrl}/?automation=1&lang=sv`)
  await page.getByTestId('use-screen').click({ timeout: 120_000 })
  await waitForState(page, { mode: 'desktop' }, 120_000)
  await turnOffConfidenceQuestion(page)
  const loadedAt = (await page.evaluate('performance.now()')) as number
  const sceneFigures = await appSceneFrames(page, cdp, loadedAt)
  await context.close()
  return [bareFigures, ...sceneFigures]
}

function printFrames(frames: FrameFigures[], inVr: SceneFigures[]): void {
  const base = frames[0]
  const ratio = (x: number, y: number | undefined) => (y && y > 0 ? (x / y).toFixed(2) : 'n/a')
  console.log(
    `\nScript per frame at ${cpuThrottle}x CPU throttle, on a screen (${VIEWPORT.width}x${VIEWPORT.height}), ` +
      `each over the frames shown after a ${5} s warm-up; ratios to the bare page; long tasks in ms`,
  )
  console.log(
    'scene              frames   median ms   p95 ms   median x   p95 x   longest entering   longest inside (>50 ms)   VR calls/eye',
  )
  for (const f of frames) {
    const calls = inVr.find((entry) => entry.scene === f.name)?.calls
    console.log(
      `${f.name.padEnd(18)} ${String(f.frames).padStart(6)} ${f.medianMs.toFixed(2).padStart(11)} ${f.p95Ms.toFixed(2).padStart(8)} ` +
        `${ratio(f.medianMs, base?.medianMs).padStart(10)} ${ratio(f.p95Ms, base?.p95Ms).padStart(7)} ` +
        `${f.enteringLongestMs.toFixed(0).padStart(18)} ${`${f.inSceneLongestMs.toFixed(0)} (${f.inSceneLongTasks})`.padStart(25)} ` +
        `${String(calls ?? '-').padStart(14)}`,
    )
  }
}

await main()
