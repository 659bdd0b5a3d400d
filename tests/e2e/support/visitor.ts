import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { TaskDefinition } from '../../../src/tasks/schema'
import { appState, openApp, waitForStartChoices, waitForState } from './app-page'
import {
  DESKTOP_VIEWPORT,
  HEADSET_MIRROR_VIEWPORT,
  newContext,
  recordForeignRequests,
  recordPageErrors,
} from './browser'
import { staffToken, storedEvents, type StoredEvent } from './server'

/** A visitor's page, with every request that left the origin and every error the page reported. */
export interface Visitor {
  page: Page
  foreign: string[]
  errors: string[]
}

/**
 * A fresh visitor (new context: empty IndexedDB) on the app at `origin`, watched for foreign requests and errors.
 * The context goes into `contexts`, for the test to close: a page left open keeps rendering and starves the next.
 */
export async function openVisitor(
  browser: Browser,
  origin: string,
  query: string,
  contexts: BrowserContext[],
): Promise<Visitor> {
  const context = await newContext(
    browser,
    query.includes('emulate=1') ? HEADSET_MIRROR_VIEWPORT : DESKTOP_VIEWPORT,
  )
  contexts.push(context)
  const page = await context.newPage()
  const foreign = recordForeignRequests(page, origin)
  const errors = recordPageErrors(page)
  await openApp(page, origin, query)
  return { page, foreign, errors }
}

/** A touch screen's size in CSS pixels: a phone is below 500 wide. */
export interface TouchViewport {
  width: number
  height: number
}

/**
 * A fresh visitor on a touch device of this size (a phone below 500 px wide), watched as {@link openVisitor}'s, who
 * has tapped "Use on this screen": on the screen mode, the lobby loading.
 */
export async function openTouchVisitor(
  browser: Browser,
  origin: string,
  query: string,
  viewport: TouchViewport,
  contexts: BrowserContext[],
): Promise<Visitor> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    hasTouch: true,
    isMobile: viewport.width < 500,
  })
  contexts.push(context)
  const page = await context.newPage()
  const foreign = recordForeignRequests(page, origin)
  const errors = recordPageErrors(page)
  await openApp(page, origin, query)
  await waitForStartChoices(page)
  await page.getByTestId('use-screen').tap()
  await waitForState(page, { mode: 'desktop' })
  return { page, foreign, errors }
}

/** One event as the staff API answers it. */
export interface ServerEvent extends StoredEvent {
  payload: StoredEvent['payload'] & { code?: string; skipped?: boolean; stepIndex?: number }
}

/** A staff request's headers, logged in with the test PIN. */
export async function staffAuth(origin: string): Promise<{ headers: { authorization: string } }> {
  return { headers: { authorization: `Bearer ${await staffToken(origin)}` } }
}

/** Every event the server holds for a visit, once one of type `until` has arrived (the client sends in batches). */
export async function serverEvents(
  origin: string,
  sessionId: string,
  until = 'task_completed',
): Promise<ServerEvent[]> {
  const token = await staffToken(origin)
  let events: ServerEvent[] = []
  await expect
    .poll(
      async () => {
        events = (await storedEvents(origin, sessionId, token)) as ServerEvent[]
        return events.map((event) => event.type)
      },
      { timeout: 20_000, interval: 100 },
    )
    .toContain(until)
  return events
}

/**
 * Every step of the task is completed on the server, in order, once each, and never skipped, and the task is the
 * visit's one completed task. Returns the visit's events, e.g. to look at its mistakes.
 */
export async function expectEveryStepOnServer(
  origin: string,
  page: Page,
  task: TaskDefinition,
): Promise<ServerEvent[]> {
  const { sessionId } = await appState(page)
  const events = await serverEvents(origin, sessionId)
  const completed = events.filter((event) => event.type === 'step_completed' && event.task === task.id)
  expect(completed.map((event) => event.step)).toEqual(task.steps.map((step) => step.id))
  expect(completed.every((event) => event.payload.skipped === false)).toBe(true)
  expect(events.filter((event) => event.type === 'task_completed').map((event) => event.task)).toEqual([
    task.id,
  ])
  return events
}
