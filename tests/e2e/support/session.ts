import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { openApp } from './app-page'
import {
  DESKTOP_VIEWPORT,
  HEADSET_MIRROR_VIEWPORT,
  launchBrowser,
  newContext,
  recordForeignRequests,
  recordPageErrors,
} from './browser'
import { startTestServer } from './server'

/** Where end-to-end tests leave their screenshots. */
export const ARTIFACTS = 'test-results/screenshots'

/** A visitor's page, watched for requests that leave the origin and for errors. */
export interface Visit {
  page: Page
  foreign: string[]
  errors: string[]
}

/** One test file's real server and browser, started before its tests and closed after them. */
export interface E2eSession {
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  origin: () => string
  browser: () => Browser
  /** Closes this context after the test: a page left open keeps rendering and starves the next test of CPU. */
  track: (context: BrowserContext) => BrowserContext
  /** Watches a page and opens the app in it with `?automation=1` and the query. */
  open: (page: Page, query: string) => Promise<Visit>
  /** A fresh visitor (new context: empty IndexedDB) on a laptop, or on the emulated headset with `emulate=1`. */
  visitor: (query: string) => Promise<Visit>
}

/** Registers the file's set-up and tear-down hooks; call it once at the top of a test file. */
export function e2eSession(): E2eSession {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
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

  const origin = () => {
    if (!server) throw new Error('the server has not started')
    return server.httpUrl.replace(/\/$/, '')
  }
  const session: E2eSession = {
    origin,
    browser: () => {
      if (!browser) throw new Error('the browser has not started')
      return browser
    },
    track: (context) => {
      contexts.push(context)
      return context
    },
    open: async (page, query) => {
      const foreign = recordForeignRequests(page, origin())
      const errors = recordPageErrors(page)
      await openApp(page, origin(), query)
      return { page, foreign, errors }
    },
    visitor: async (query) => {
      const viewport = query.includes('emulate=1') ? HEADSET_MIRROR_VIEWPORT : DESKTOP_VIEWPORT
      const context = session.track(await newContext(session.browser(), viewport))
      return session.open(await context.newPage(), query)
    },
  }
  return session
}
