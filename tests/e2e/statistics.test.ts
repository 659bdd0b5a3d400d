import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { TaskStats, Stats } from '../../src/stats/types'
import { openApp, waitForState, waitForTarget, waitFrames } from './support/app-page'
import {
  DESKTOP_VIEWPORT,
  HEADSET_MIRROR_VIEWPORT,
  recordForeignRequests,
  recordPageErrors,
} from './support/browser'
import { controllerDriver, mouseDriver } from './support/drivers'
import { completePayBill } from './support/pay-bill-flow'
import { staffToken } from './support/server'
import { openConsole } from './support/staff-console'
import { staffSuite } from './support/suite'
import { enterVr } from './support/xr'

const mouse = mouseDriver()
const controller = controllerDriver()

// Three visits through the real app (one completed in VR, one given up on a screen, one on a screen with hints),
// then staff read the statistics: the plotted numbers, the tables and the CSV files are checked against the API,
// and the report for the city shows small numbers as "<5".

const ARTIFACTS = 'test-results/statistics'
const TABLET = { width: 1024, height: 768 } as const

const { origin: base, contexts, newPage } = staffSuite(ARTIFACTS)

/** The API's stats for the query the statistics view put in its address. */
async function apiStats(token: string, query: string): Promise<TaskStats & { all: Stats }> {
  const answer = await fetch(`${base()}/api/stats${query}`, { headers: { authorization: `Bearer ${token}` } })
  const all = (await answer.json()) as Stats
  const task = all.tasks.find((candidate) => candidate.task === 'pay-bill')
  if (!task) throw new Error(`no pay-bill stats for ${query}`)
  return { ...task, all }
}

/** Waits until the server has stored what the visits so far sent (the queue flushes every 5 s). */
async function untilStored(token: string, visits: TaskStats['visits']): Promise<void> {
  await expect
    .poll(
      async () => {
        const answer = await fetch(`${base()}/api/stats?task=pay-bill`, {
          headers: { authorization: `Bearer ${token}` },
        })
        return ((await answer.json()) as Stats).tasks[0]?.visits
      },
      { timeout: 30_000, interval: 500 },
    )
    .toEqual(visits)
}

/** Every script file a page loads from the server, by URL (not the blob: workers it makes itself). */
function scriptsOf(page: Page): string[] {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().startsWith(base())) scripts.push(request.url())
  })
  return scripts
}

/** Whether a script holds uPlot (its legend's class name is in its code). */
async function holdsChartLibrary(url: string): Promise<boolean> {
  return (await (await fetch(url)).text()).includes('u-legend')
}

/** What a plot drew, from its `data-values`. */
async function plotted(page: Page, plot: string) {
  const text = await page.locator(`[data-plot="${plot}"]`).getAttribute('data-values')
  return JSON.parse(text ?? 'null') as {
    labels: string[]
    series: { key: string; values: (number | null)[] }[]
  }
}

const seriesOf = (values: Awaited<ReturnType<typeof plotted>>, key: string) =>
  values.series.find((series) => series.key === key)?.values

describe('statistics for staff, and the report for the city', () => {
  it('plots three visits with the same numbers as the API, as tables and CSV too, and suppresses them in the report', async () => {
    const token = await staffToken(base())

    // 1. In VR on the emulated headset, completed with the controller (one OCR typo, which brings a hint).
    const headset = await newPage(HEADSET_MIRROR_VIEWPORT)
    const headsetErrors = recordPageErrors(headset)
    await openApp(headset, base(), '&lang=en&emulate=1')
    await enterVr(headset)
    await waitForTarget(headset, 'lobby.task.pay-bill')
    await waitFrames(headset, 4)
    await completePayBill(headset, controller)
    await untilStored(token, { started: 1, completed: 1, abandoned: 0 })
    expect(headsetErrors).toEqual([])
    for (const context of contexts.splice(0)) await context.close()

    // 2. On a screen, two steps done with the mouse, then back to the lobby: given up on the third step.
    const screen = await newPage(DESKTOP_VIEWPORT)
    const visitorScripts = scriptsOf(screen)
    await openApp(screen, base(), '&lang=en')
    await screen.getByTestId('use-screen').click()
    await waitForState(screen, { mode: 'desktop' })
    await mouse.press(screen, 'lobby.task.pay-bill')
    await waitForState(screen, { step: 'pick-up-bill' })
    await mouse.press(screen, 'bank.bill')
    await waitForState(screen, { step: 'start-login' })
    await mouse.press(screen, 'bank.login.eid')
    await waitForState(screen, { step: 'confirm-eid' })
    await screen.getByRole('button', { name: 'Back to the lobby' }).click()
    await untilStored(token, { started: 2, completed: 1, abandoned: 1 })
    for (const context of contexts.splice(0)) await context.close()

    // 3. On a screen, completed with the mouse; at the OCR typo the visitor also asks for a hint.
    const helped = await newPage(DESKTOP_VIEWPORT)
    await openApp(helped, base(), '&lang=en')
    await helped.getByTestId('use-screen').click()
    await waitForState(helped, { mode: 'desktop' })
    await completePayBill(helped, mouse, async (page) => {
      await page.getByRole('button', { name: 'Hint', exact: true }).click()
    })
    await untilStored(token, { started: 3, completed: 2, abandoned: 1 })
    for (const context of contexts.splice(0)) await context.close()

    // Staff open the statistics on a laptop-sized screen.
    const staff = await newPage(DESKTOP_VIEWPORT)
    const staffScripts = scriptsOf(staff)
    const foreign = recordForeignRequests(staff, base())
    const staffErrors = recordPageErrors(staff)
    await openConsole(staff, base())
    await staff.getByTestId('view-statistics').click()
    await staff.locator('[data-plot="funnel"] canvas').waitFor()
    expect(new URL(staff.url()).pathname).toBe('/staff/stats')
    const query = new URL(staff.url()).search
    expect(query).toContain('task=pay-bill')
    const api = await apiStats(token, query)
    expect(await staff.getByTestId('stats-summary').textContent()).toContain(
      '3 visits started the task and 2 completed it',
    )

    // The funnel: 3 started, 3 did the first two steps, 2 went on to the end.
    const funnel = await plotted(staff, 'funnel')
    expect(seriesOf(funnel, 'visits')).toEqual(api.funnel.map((stage) => stage.visits))
    expect(seriesOf(funnel, 'visits')).toEqual([3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2])
    // Time per step, in seconds.
    const time = await plotted(staff, 'time')
    expect(seriesOf(time, 'median')).toEqual(
      api.steps.map((step) => (step.medianDurationMs === null ? null : step.medianDurationMs / 1000)),
    )
    expect(seriesOf(time, 'p90')).toEqual(
      api.steps.map((step) => (step.p90DurationMs === null ? null : step.p90DurationMs / 1000)),
    )
    // Level of cues: shares of the visits on each step.
    const cues = await plotted(staff, 'cues-app')
    const share = (count: number, step: TaskStats['steps'][number]) =>
      step.visits.reached === 0 ? null : count / step.visits.reached
    expect(seriesOf(cues, 'none')).toEqual(api.steps.map((step) => share(step.visits.visitor.none, step)))
    expect(seriesOf(cues, 'twoOrMore')).toEqual(
      api.steps.map((step) => share(step.visits.visitor.twoOrMore, step)),
    )
    // On the OCR step one visit needed one hint (VR) and one needed two (the one that asked).
    const ocr = api.steps.find((step) => step.step === 'enter-ocr')
    expect(ocr?.visits.visitor).toEqual({ none: 0, one: 1, twoOrMore: 1 })
    const staffCues = await plotted(staff, 'cues-staff')
    expect(seriesOf(staffCues, 'none')).toEqual(api.steps.map((step) => share(step.visits.staff.none, step)))
    // Mistakes, and visits per day by mode.
    const mistakes = await plotted(staff, 'mistakes')
    expect(seriesOf(mistakes, 'visits')).toEqual(api.mistakes.map((mistake) => mistake.visits))
    const days = await plotted(staff, 'visits-mode')
    expect(days.labels).toEqual(api.all.days.map((day) => day.day))
    expect(seriesOf(days, 'vr')).toEqual(api.all.days.map((day) => day.vr))
    expect(seriesOf(days, 'screen')).toEqual(api.all.days.map((day) => day.desktop))
    expect(api.all.days.reduce((sum, day) => sum + day.vr, 0)).toBe(1)
    await expect
      .poll(() => staff.locator('[data-panel="feedback"]').textContent())
      .toContain('No answers yet')

    await staff.screenshot({ path: `${ARTIFACTS}/statistics-1280x800.png` })
    await staff.locator('[data-panel="cues"]').scrollIntoViewIfNeeded()
    await staff.screenshot({ path: `${ARTIFACTS}/statistics-cues-1280x800.png` })

    // The funnel as a table: the same numbers.
    const funnelPanel = staff.locator('[data-panel="funnel"]')
    await funnelPanel.getByRole('button', { name: 'Table' }).click()
    const cells = await funnelPanel
      .locator('td[data-column="visits"]')
      .evaluateAll((tds) => tds.map((td) => JSON.parse(td.getAttribute('data-value') ?? 'null') as number))
    expect(cells).toEqual(api.funnel.map((stage) => stage.visits))
    await funnelPanel.scrollIntoViewIfNeeded()
    await staff.screenshot({ path: `${ARTIFACTS}/statistics-funnel-table-1280x800.png` })

    // And as a CSV file: what the API's table gives.
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      funnelPanel.getByTestId('download-funnel').click(),
    ])
    // The run's Chromium is shared (connected to, not launched here): a download is saved, not read in place.
    const file = join(ARTIFACTS, 'funnel.csv')
    await download.saveAs(file)
    const csv = readFileSync(file, 'utf8')
    const fromApi = await (
      await fetch(`${base()}/api/stats/funnel.csv${query}`, { headers: { authorization: `Bearer ${token}` } })
    ).text()
    expect(csv).toBe(fromApi)
    expect(csv.split('\r\n')[1]).toBe('started,,,3,0,')
    expect(download.suggestedFilename()).toBe('digidel-funnel-pay-bill.csv')

    // The same view on a tablet.
    await staff.setViewportSize(TABLET)
    await staff.evaluate(() => window.scrollTo(0, 0))
    await funnelPanel.getByRole('button', { name: 'Plot' }).click()
    await staff.locator('[data-plot="funnel"] canvas').waitFor()
    await staff.screenshot({ path: `${ARTIFACTS}/statistics-1024x768.png` })
    const canvasWidth = await staff
      .locator('[data-plot="funnel"] canvas')
      .evaluate((canvas) => canvas.clientWidth)
    expect(canvasWidth).toBeLessThanOrEqual(TABLET.width)
    expect(canvasWidth).toBeGreaterThan(TABLET.width * 0.7)

    // The report for the city: three visits are too few to show as numbers.
    await staff.setViewportSize(DESKTOP_VIEWPORT)
    await staff.getByTestId('report-link').click()
    const report = staff.getByTestId('report')
    await report.waitFor()
    expect(new URL(staff.url()).pathname).toBe('/staff/report')
    expect(await staff.getByTestId('report-tried').textContent()).toBe('<5')
    expect(await staff.getByTestId('report-finished').textContent()).toBe('<5')
    const reportText = (await report.textContent()) ?? ''
    expect(reportText).toContain('Where visitors got stuck')
    expect(reportText).toContain('Type the OCR reference from the bill')
    expect(reportText).toContain('Typed a number with a wrong digit')
    // Nothing that names a visit.
    expect(reportText).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/)
    const ocrRow = staff.getByTestId('report-cues').locator('tr', { hasText: 'Type the OCR reference' })
    expect(await ocrRow.locator('td').allTextContents()).toEqual([
      '6. Type the OCR reference from the bill, then press OK. It tells the company who is paying.',
      '<5',
      '0',
      '<5',
      '<5',
      '<5',
      '0',
      '0',
    ])
    await staff.screenshot({ path: `${ARTIFACTS}/report-en.png`, fullPage: true })
    await staff.getByRole('radio', { name: 'Svenska', exact: true }).click()
    await expect.poll(() => report.textContent()).toContain('Rapport till stadens förvaltningar')
    expect(new URL(staff.url()).searchParams.get('lang')).toBe('sv')
    await staff.emulateMedia({ media: 'print' })
    await staff.screenshot({ path: `${ARTIFACTS}/report-sv-print.png`, fullPage: true })
    const pdf = await staff.pdf({ format: 'A4', printBackground: true, path: `${ARTIFACTS}/report-sv.pdf` })
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')

    // The chart library came with the staff console only: no script a visitor's page loaded holds it.
    expect(await Promise.all(visitorScripts.map(holdsChartLibrary))).not.toContain(true)
    expect(await Promise.all(staffScripts.map(holdsChartLibrary))).toContain(true)

    expect(foreign).toEqual([])
    expect(staffErrors).toEqual([])
  })
})
