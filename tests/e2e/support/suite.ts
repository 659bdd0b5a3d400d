import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { waitFrames } from './app-page'
import { launchBrowser } from './browser'
import { startTestServer } from './server'
import { openTouchVisitor, openVisitor, type TouchViewport, type Visitor } from './visitor'

/** Where end-to-end tests save their screenshots. */
export const SCREENSHOTS = 'test-results/screenshots'

/** What a test file of visitor journeys shares: one real server, one browser, and the pages of the test. */
export interface VisitorSuite {
  /** The server's origin, e.g. `http://127.0.0.1:40123`. */
  origin: () => string
  browser: () => Browser
  /** Contexts the test opens; each is closed after the test. */
  contexts: BrowserContext[]
  /** Closes this context after the test, as every other. */
  track: (context: BrowserContext) => BrowserContext
  /** A fresh visitor on the app with this query (`&lang=en&emulate=1`). */
  visitor: (query: string) => Promise<Visitor>
  /** A fresh visitor on a touch device of this size, on the screen mode (`&lang=ar`). */
  touchVisitor: (viewport: TouchViewport, query: string) => Promise<Visitor>
}

/**
 * Starts the real server (fresh SQLite file) and Chromium for the test file, and closes every page after each
 * test: a page left open keeps rendering and starves the next test of CPU.
 */
export function visitorSuite(): VisitorSuite {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    server = await startTestServer()
    browser = await launchBrowser()
  })
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} has not started`)
    return value
  }
  const origin = () => started(server, 'server').httpUrl.replace(/\/$/, '')
  const ownBrowser = () => started(browser, 'browser')
  return {
    origin,
    browser: ownBrowser,
    contexts,
    track: (context) => {
      contexts.push(context)
      return context
    },
    visitor: (query) => openVisitor(ownBrowser(), origin(), query, contexts),
    touchVisitor: (viewport, query) => openTouchVisitor(ownBrowser(), origin(), query, viewport, contexts),
  }
}

/**
 * Saves a screenshot of the page as `<name>.png`, after a few frames for the scene to settle. Text in glyphs not
 * drawn before (Arabic, a calendar's new month) takes longer to appear: ask for more frames there.
 */
export async function screenshot(page: Page, name: string, settleFrames = 3): Promise<void> {
  await waitFrames(page, settleFrames)
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` })
}
