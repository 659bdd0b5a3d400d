// `tsx bench/shader-compiles.ts [--dir dist]`: which shader programs the app links while a visitor walks through
// each scene's first task, step by step, and which of them it had linked before (a program three dropped when
// its last material was disposed, and built again). A tool for finding long tasks, not a benchmark.

import { createHash } from 'node:crypto'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { startBenchServer } from './bench-server'
import { launchBrowser } from '../tests/e2e/support/browser'
import { turnOffConfidenceQuestion, waitForState } from '../tests/e2e/support/app-page'

const root = join(import.meta.dirname, '..')
const dirAt = process.argv.indexOf('--dir')
const dir = dirAt >= 0 ? (process.argv[dirAt + 1] ?? 'dist') : 'dist'

// Notes every linked program's shader name, a digest of its sources and the time the link took to be checked.
const PROBE = `(() => {
  const links = []
  const sources = new WeakMap()
  const proto = WebGL2RenderingContext.prototype
  const shaderSource = proto.shaderSource
  proto.shaderSource = function (shader, source) { sources.set(shader, source); return shaderSource.call(this, shader, source) }
  const attach = proto.attachShader
  proto.attachShader = function (program, shader) {
    const list = sources.get(program) || []
    list.push(sources.get(shader) || '')
    sources.set(program, list)
    return attach.call(this, program, shader)
  }
  const link = proto.linkProgram
  proto.linkProgram = function (program) {
    const source = (sources.get(program) || []).join('\\n')
    const name = (source.match(/#define SHADER_NAME (\\S+)/) || [])[1] || (source.match(/#define SHADER_TYPE (\\S+)/) || [])[1] || '?'
    links.push({ at: performance.now(), name, source })
    return link.call(this, program)
  }
  window.__links = links
})()`

async function main(): Promise<void> {
  const app = await startBenchServer('shaders', join(root, dir))
  const browser = await launchBrowser()
  const seen = new Map<string, string>()
  let read = 0
  const report = async (page: Page, label: string) => {
    const links = (await page.evaluate('window.__links')) as { name: string; source: string }[]
    const fresh = links.slice(read)
    read = links.length
    const named = fresh.map(({ name, source }) => {
      const digest = createHash('sha1').update(source).digest('hex').slice(0, 8)
      const again = seen.has(digest)
      seen.set(digest, name)
      return `${name}#${digest}${again ? ' (AGAIN)' : ''}`
    })
    console.log(`${label}: ${named.length} linked${named.length ? `: ${named.join(', ')}` : ''}`)
  }
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 })
    const page = await context.newPage()
    await page.addInitScript(PROBE)
    await page.goto(`${app.httpUrl}/?automation=1&lang=sv`)
    await page.getByTestId('use-screen').click({ timeout: 120_000 })
    await waitForState(page, { mode: 'desktop' }, 120_000)
    await turnOffConfidenceQuestion(page)
    await page.waitForTimeout(2000)
    await report(page, 'lobby')
    const tasks = (await page.evaluate(
      '(window.__digidel?.store.getState().tasks ?? []).map((task) => ({ id: task.id, scene: task.scene }))',
    )) as { id: string; scene: string }[]
    for (const task of tasks) {
      await page.evaluate(`window.__digidel.store.getState().startTask(${JSON.stringify(task.id)}, 'staff')`)
      await waitForState(page, { status: 'running' }, 120_000)
      await page.waitForTimeout(1000)
      await report(page, `${task.scene}/${task.id} entered`)
      for (;;) {
        const state = (await page.evaluate('window.__digidel.state()')) as { status: string; step: string }
        if (state.status !== 'running') break
        await page.evaluate(`window.__digidel.store.getState().skipStep('staff')`)
        await page.waitForTimeout(400)
        await report(page, `  after ${state.step}`)
      }
      await page.evaluate(`window.__digidel.store.getState().leaveTask('left', 'staff')`)
      await page.waitForTimeout(500)
      await report(page, `${task.scene}/${task.id} left`)
    }
    await context.close()
  } finally {
    await browser.close()
    await app.close()
  }
}

await main()
