import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { PRACTICE_FAMILY } from '../../scenes/e-service/practice-family'
import { appState, openApp, waitForState, waitForTarget } from './support/app-page'
import {
  DESKTOP_VIEWPORT,
  HEADSET_MIRROR_VIEWPORT,
  recordForeignRequests,
  recordPageErrors,
} from './support/browser'
import { controllerDriver } from './support/drivers'
import { BOOKING_TASK, dateWindow, firstOpenDay, KEYBOARD, pressThen } from './support/e-service-flow'
import { startFromLobby } from './support/lobby'
import { storedEvents } from './support/server'
import { approveStation, openConsole } from './support/staff-console'
import { staffSuite } from './support/suite'
import { enterVr } from './support/xr'

// The studio's whole path, as a staff member walks it with the mouse and the keyboard, on SQLite: log in, duplicate
// "Book a visit with a citizen adviser", rename it, change a step's text and the free times, see the missing
// Arabic text flagged beside its field and fix it, try it on a paired headset in VR as a preview (nothing
// stored), publish; a visitor on another headset that was already open finds it in the lobby and completes it in
// VR; its statistics appear in the console; a second version is published and rolled back from the studio, and
// the station's lobby shows the first one again.

const ARTIFACTS = 'test-results/studio-path'
const COPY = 'book-visit-copy'
const TITLE_V1 = 'Book a visit with a housing adviser'
const TITLE_V2 = 'Book a visit with a tenancy adviser'
const NEW_TEXT = ' The adviser has new times.'
const MOBILE_DIGITS = PRACTICE_FAMILY.guardian.mobile.replace(/\D/g, '')

const { origin: base, contexts, newPage } = staffSuite(ARTIFACTS)

/** Logs how long each phase took, so a slow run says where its time went. */
function phases(): (label: string) => void {
  let last = Date.now()
  return (label) => {
    const now = Date.now()
    process.stdout.write(`  ${label}: ${((now - last) / 1000).toFixed(1)} s\n`)
    last = now
  }
}

/** The accessible name a station's lobby gives an errand's entry (its title), or '' while it is not in view. */
async function lobbyName(station: Page, id: string): Promise<string> {
  return station.evaluate(
    (wanted) =>
      window.__digidel?.targets().find((target) => target.id === `lobby.task.${wanted}`)?.name ?? '',
    id,
  )
}

/** Scrolls the lobby's list with the controller until the errand's entry is in view. */
async function scrollLobbyTo(station: Page, id: string): Promise<void> {
  const vr = controllerDriver(KEYBOARD)
  for (let scrolls = 0; scrolls < 12 && (await lobbyName(station, id)) === ''; scrolls++)
    await vr.press(station, 'lobby.tasks.down')
}

/** A headset on the app, in VR, approved on the console so staff can send it a preview. */
async function pairedHeadset(staff: Page): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
  const page = await newPage(HEADSET_MIRROR_VIEWPORT)
  const errors = recordPageErrors(page)
  const foreign = recordForeignRequests(page, base())
  await openApp(page, base(), '&lang=en&emulate=1')
  await enterVr(page)
  await approveStation(staff, page)
  return { page, errors, foreign }
}

describe("the studio's whole path", () => {
  it('takes a duplicate from the studio through a preview, publishing, a visit in VR, statistics and a roll back', async () => {
    const phase = phases()
    const staff = await newPage(DESKTOP_VIEWPORT)
    const staffErrors = recordPageErrors(staff)
    const staffForeign = recordForeignRequests(staff, base())
    await openConsole(staff, base())

    // A headset for trying the draft, paired by the code in its lobby.
    const tryOut = await pairedHeadset(staff)
    phase('console open, headset paired')

    // 1–2. The studio: duplicate the adviser booking and rename it.
    await staff.getByTestId('view-studio').click()
    await staff.getByRole('heading', { name: 'Authoring studio' }).waitFor()
    await staff
      .locator('.errand-row[data-errand="book-visit"]')
      .getByRole('button', { name: 'Duplicate' })
      .click()
    await staff.getByRole('heading', { name: 'Book a visit with a citizen adviser' }).waitFor()
    const title = staff.getByRole('textbox', { name: 'Title (English)', exact: true })
    await title.fill('')
    await title.type(TITLE_V1)
    await staff.getByRole('heading', { name: TITLE_V1 }).waitFor()

    // 3. Step 4 (pick a time): its instruction by keyboard, and the free times by mouse: 10:00 becomes free,
    // 09:30 taken.
    const pickTime = staff.getByRole('group', { name: 'Step 4', exact: true })
    const instruction = pickTime.getByRole('textbox', { name: 'Instruction for step 4 (English)' })
    await instruction.click()
    await staff.keyboard.press('Control+End')
    await staff.keyboard.type(NEW_TEXT)
    const taken1000 = pickTime.getByRole('checkbox', { name: '10:00' })
    const taken0930 = pickTime.getByRole('checkbox', { name: '09:30' })
    expect(await taken1000.isChecked()).toBe(true)
    await taken1000.click()
    await taken0930.click()
    expect([await taken1000.isChecked(), await taken0930.isChecked()]).toEqual([false, true])

    // 4. A missing Arabic text: flagged beside its field, and nothing can be tried or published until it is fixed.
    const arabic = pickTime.getByRole('textbox', { name: 'Instruction for step 4 (العربية)' })
    const arabicText = await arabic.inputValue()
    await arabic.fill('')
    const arabicCell = pickTime.locator('.text-cell', {
      has: staff.getByRole('textbox', { name: 'Instruction for step 4 (العربية)' }),
    })
    await arabicCell.getByRole('alert').waitFor()
    expect(await arabicCell.getByRole('alert').textContent()).toContain('no Arabic text (ar)')
    await staff.screenshot({ path: `${ARTIFACTS}/missing-arabic-1280x800.png` })
    await staff.getByRole('button', { name: 'Publish' }).click()
    await expect
      .poll(() => staff.getByTestId('studio-outcome').textContent())
      .toBe('1 problems: each is shown beside its field.')
    await arabic.fill(arabicText)
    await arabicCell.getByRole('alert').waitFor({ state: 'detached' })
    // No problem is left: the Steps tab no longer counts any.
    await staff.getByRole('tab', { name: /Steps/ }).locator('.count').waitFor({ state: 'detached' })
    phase('duplicated, edited, Arabic fixed')

    // 5. Try on the station: the paired headset runs the draft at once, in VR, as a preview.
    const station = staff.getByRole('combobox', { name: 'Station' })
    await station.selectOption({ index: 1 })
    await staff.getByRole('button', { name: 'Try on the station' }).click()
    await expect
      .poll(() => staff.getByTestId('studio-outcome').textContent())
      .toBe('The station is running the draft as a preview.')
    await waitForState(tryOut.page, { task: COPY, step: 'start-booking', xrPresenting: true })
    const previewSession = (await appState(tryOut.page)).sessionId
    const vr = controllerDriver(KEYBOARD)
    await pressThen(tryOut.page, vr, 'eservice.home.booking', 'choose-help')
    await tryOut.page.screenshot({ path: `${ARTIFACTS}/preview-in-vr.png` })
    // Its events are sent (the page emitted them, marked preview) and never stored.
    const sent = await tryOut.page.evaluate(() =>
      (window.__digidel?.telemetry() ?? []).filter((event) => event.type === 'step_completed'),
    )
    expect(sent.map((event) => [event.task, event.preview])).toEqual([[COPY, true]])
    await staff.getByRole('button', { name: 'End the preview' }).click()
    await waitForState(tryOut.page, { task: null, scene: 'lobby' })
    expect((await storedEvents(base(), previewSession)).filter((event) => event.task === COPY)).toEqual([])
    expect(
      await tryOut.page.evaluate(
        (id) => window.__digidel?.store.getState().tasks.some((t) => t.id === id),
        COPY,
      ),
    ).toBe(false)
    expect(tryOut.errors).toEqual([])
    expect(tryOut.foreign).toEqual([])
    // The headset for trying is put away, so the visitor's has the machine to itself.
    await contexts.splice(contexts.indexOf(tryOut.page.context()), 1)[0]?.close()
    phase('previewed in VR')

    // A visitor's headset, already open in the lobby before the errand is published.
    const visitor = await newPage(HEADSET_MIRROR_VIEWPORT)
    const visitorErrors = recordPageErrors(visitor)
    const visitorForeign = recordForeignRequests(visitor, base())
    // Open means on the live link: the station asks for the published errands once the server has welcomed it.
    const welcomed = visitor.waitForRequest((request) => request.url().endsWith('/api/errands'), {
      timeout: 60_000,
    })
    await openApp(visitor, base(), '&lang=en&emulate=1')
    await enterVr(visitor)
    await welcomed
    await waitForTarget(visitor, 'lobby.task.pay-bill')
    expect(
      await visitor.evaluate((id) => window.__digidel?.store.getState().tasks.some((t) => t.id === id), COPY),
    ).toBe(false)

    // 6. Publish, with a note; the open station's lobby offers it within 2 s.
    await staff.getByRole('textbox', { name: 'Note for this version (optional)' }).fill('housing adviser')
    await staff.getByRole('button', { name: 'Publish' }).click()
    const publishedAt = Date.now()
    await visitor.waitForFunction(
      (id) => window.__digidel?.store.getState().tasks.some((task) => task.id === id),
      COPY,
      { timeout: 10_000, polling: 20 },
    )
    const inLobbyMs = Date.now() - publishedAt
    console.log(`publish (studio button) → errand in the open station's lobby: ${inLobbyMs} ms`)
    expect(inLobbyMs).toBeLessThan(2000)
    await expect.poll(() => staff.getByTestId('studio-outcome').textContent()).toBe('Published as version 1.')
    phase('published')

    // 7. The visitor finds it in the lobby by its new title and completes it in VR, pressing the newly free 10:00.
    await scrollLobbyTo(visitor, COPY)
    expect(await lobbyName(visitor, COPY)).toContain(TITLE_V1)
    await visitor.screenshot({ path: `${ARTIFACTS}/lobby-in-vr.png` })
    await startFromLobby(visitor, vr, COPY)
    await waitForState(visitor, { task: COPY, scene: 'e-service', step: 'start-booking' })
    await pressThen(visitor, vr, 'eservice.home.booking', 'choose-help')
    await vr.press(visitor, `eservice.help.${PRACTICE_FAMILY.help}`)
    await pressThen(visitor, vr, 'eservice.help.next', 'pick-day')
    const day = firstOpenDay(await dateWindow(visitor, BOOKING_TASK, 'pick-day'))
    await pressThen(visitor, vr, `eservice.visit-day.day.${day}`, 'pick-time')
    await visitor.screenshot({ path: `${ARTIFACTS}/published-pick-time-in-vr.png` })
    // The step's changed instruction is what the station reads out.
    await expect
      .poll(() =>
        visitor.evaluate(
          () => window.__digidel?.spoken().findLast((line) => line.key.endsWith('.step.pick-time'))?.caption,
        ),
      )
      .toMatch(new RegExp(`${NEW_TEXT.replace(/\./g, '\\.')}$`))
    await vr.press(visitor, 'eservice.visit-time.1000')
    await pressThen(visitor, vr, 'eservice.visit-time.next', 'enter-mobile')
    await vr.typeDigits(visitor, MOBILE_DIGITS)
    await pressThen(visitor, vr, `${KEYBOARD}.ok`, 'confirm-booking')
    await pressThen(visitor, vr, 'eservice.booking.confirm', 'read-booking')
    await pressThen(visitor, vr, 'eservice.booked.change', 'cancel-booking')
    await pressThen(visitor, vr, 'eservice.manage.cancel', 'confirm-cancel')
    await pressThen(visitor, vr, 'eservice.cancel.yes', 'read-cancelled')
    await vr.press(visitor, 'eservice.cancelled.done')
    await waitForState(visitor, { status: 'completed', mistakes: 0 })
    await vr.press(visitor, 'task.back-to-lobby')
    await waitForState(visitor, { task: null, scene: 'lobby' })
    await scrollLobbyTo(visitor, COPY)
    phase('completed in VR')

    // 8. Its statistics: one visit started it and one completed it (the preview does not count).
    // The statistics view takes its errand from its address (the task list beside it has the built-in ones).
    await staff.goto(`${base()}/staff/stats?task=${COPY}`)
    await staff.getByRole('radio', { name: 'English' }).click()
    await expect
      .poll(() => staff.getByTestId('stats-summary').textContent(), { timeout: 15_000 })
      .toContain('1 visits started the task and 1 completed it')
    await staff.screenshot({ path: `${ARTIFACTS}/statistics-1280x800.png` })
    phase('statistics')

    // 9. A second version with a new title, then rolled back from the studio: the lobby follows each.
    await staff.getByTestId('view-studio').click()
    await staff.getByRole('heading', { name: 'Authoring studio' }).waitFor()
    await staff
      .locator('.errand-row[data-errand="book-visit-copy"]')
      .first()
      .getByRole('button', { name: 'Edit' })
      .click()
    await title.fill(TITLE_V2)
    await staff.getByRole('button', { name: 'Publish' }).click()
    await expect.poll(() => staff.getByTestId('studio-outcome').textContent()).toBe('Published as version 2.')
    await expect.poll(() => lobbyName(visitor, COPY), { timeout: 5_000 }).toContain(TITLE_V2)
    await staff.getByRole('button', { name: '← All errands' }).click()
    const published = staff.locator('.errand-row[data-errand="book-visit-copy"]', {
      hasText: 'Version 2 is live',
    })
    await published.locator('summary').click()
    await staff.screenshot({ path: `${ARTIFACTS}/versions-1280x800.png` })
    await published.getByRole('button', { name: 'Roll back to version 1' }).click()
    await staff.getByRole('status').filter({ hasText: 'Version 1 is live again.' }).waitFor()
    await expect.poll(() => lobbyName(visitor, COPY), { timeout: 5_000 }).toContain(TITLE_V1)
    phase('version 2 published and rolled back')

    expect(visitorErrors).toEqual([])
    expect(visitorForeign).toEqual([])
    expect(staffErrors).toEqual([])
    expect(staffForeign).toEqual([])
  })
})
