import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { waitFrames } from './app-page'
import { DESKTOP_VIEWPORT, launchBrowser, newContext } from './browser'
import { startTestServer } from './server'
import { openTouchVisitor, openVisitor, type TouchViewport, type Visitor } from './visitor'

/** Where end-to-end tests save their screenshots. */
export const SCREENSHOTS = 'test-results/screenshots'

/** What every end-to-end test file shares: one real server, the run's browser, and the contexts of the test. */
interface SharedSuite {
  /** The server's origin, e.g. `http://127.0.0.1:40123`. */
  origin: () => string
  browser: () => Browser
  /** Contexts the test opens; each is closed after the test. */
  contexts: BrowserContext[]
  /** Closes this context after the test, as every other. */
  track: (context: BrowserContext) => BrowserContext
}

/** What a test file of visitor journeys shares: {@link SharedSuite}, and visitors opened on the app. */
export interface VisitorSuite extends SharedSuite {
  /** A fresh visitor on the app with this query (`&lang=en&emulate=1`). */
  visitor: (query: string) => Promise<Visitor>
  /** A fresh visitor on a touch device of this size, on the screen mode (`&lang=ar`). */
  touchVisitor: (viewport: TouchViewport, query: string) => Promise<Visitor>
}

/** What a test file of staff work shares: {@link SharedSuite}, and blank pages for the console or a station. */
export interface StaffSuite extends SharedSuite {
  /** A blank page in a fresh context of this size (the desktop's unless told), closed after the test. */
  newPage: (viewport?: { width: number; height: number }) => Promise<Page>
}

/**
 * Starts the real server (fresh SQLite file) and connects to Chromium for the test file, makes the folder its
 * artifacts go to, and closes every context after each test: a page left open keeps rendering and starves the next
 * test of CPU.
 */
function sharedSuite(artifacts: string): SharedSuite {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
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
  return {
    origin: () => started(server, 'server').httpUrl.replace(/\/$/, ''),
    browser: () => started(browser, 'browser'),
    contexts,
    track: (context) => {
      contexts.push(context)
      return context
    },
  }
}

/** The set-up of a test file of visitor journeys (see {@link sharedSuite}); screenshots go to {@link SCREENSHOTS}. */
export function visitorSuite(): VisitorSuite {
  const shared = sharedSuite(SCREENSHOTS)
  return {
    ...shared,
    visitor: (query) => openVisitor(shared.browser(), shared.origin(), query, shared.contexts),
    touchVisitor: (viewport, query) =>
      openTouchVisitor(shared.browser(), shared.origin(), query, viewport, shared.contexts),
  }
}

/**
 * The set-up of a test file of staff work (see {@link sharedSuite}): the console, the studio, and the stations or
 * visits the test opens itself in blank pages. Its artifacts (screenshots, downloads) go to `artifacts`.
 */
export function staffSuite(artifacts: string): StaffSuite {
  const shared = sharedSuite(artifacts)
  return {
    ...shared,
    newPage: async (viewport = DESKTOP_VIEWPORT) =>
      shared.track(await newContext(shared.browser(), viewport)).newPage(),
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
