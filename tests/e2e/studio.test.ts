import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DESKTOP_VIEWPORT, recordForeignRequests, recordPageErrors } from './support/browser'
import { openConsole } from './support/staff-console'
import { staffSuite } from './support/suite'

// Staff write an errand in the studio: log in, duplicate "Book a visit with a citizen adviser", rename it, change a
// step's text by keyboard and a free time by mouse, see the error beside a field for a bad value and for a missing
// Arabic text, fix both, and check it. Publishing needs the server's errand routes (the other half of the studio):
// until they are here, "Check" reaches the server and says it does not offer that yet.

const SCREENSHOTS = 'test-results/studio'
const TABLET = { width: 1024, height: 768 } as const

const { origin: base, newPage } = staffSuite(SCREENSHOTS)

/** The step card of step n (from 1). */
function step(page: Page, n: number) {
  return page.getByRole('group', { name: `Step ${n}`, exact: true })
}

describe('the authoring studio', () => {
  it('duplicates an errand, edits it with forms, shows each error beside its field and keeps the draft', async () => {
    const page = await newPage(DESKTOP_VIEWPORT)
    const foreign = recordForeignRequests(page, base())
    const errors = recordPageErrors(page)
    await openConsole(page, base())
    await page.getByTestId('view-studio').click()
    await expect.poll(() => page.url()).toBe(`${base()}/staff/studio`)
    await page.getByRole('heading', { name: 'Authoring studio' }).waitFor()
    await page.screenshot({ path: `${SCREENSHOTS}/list-1280x800.png`, fullPage: true })

    // Built-in errands are read-only: Duplicate is the way to change one.
    const original = page.locator('.errand-row[data-errand="book-visit"]')
    await original.getByRole('button', { name: 'Duplicate' }).click()
    await page.getByRole('heading', { name: 'Book a visit with a citizen adviser' }).waitFor()
    await expect.poll(() => page.url()).toMatch(/\/staff\/studio\?draft=/)
    expect(await page.locator('.errand-id').first().textContent()).toBe('book-visit-copy')

    // Rename it: the English title, typed.
    const title = page.getByRole('textbox', { name: 'Title (English)', exact: true })
    await title.fill('')
    await title.type('Book a visit with a housing adviser')
    await page.getByRole('heading', { name: 'Book a visit with a housing adviser' }).waitFor()

    // Step 4 picks a time: its instruction, by keyboard.
    const pickTime = step(page, 4)
    const instruction = pickTime.getByRole('textbox', { name: 'Instruction for step 4 (English)' })
    await instruction.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' The adviser has new times.')
    expect(await instruction.inputValue()).toMatch(/ The adviser has new times\.$/)

    // The free times: 09:30 becomes taken, by mouse; a feedback text for "taken" is already there.
    const taken930 = pickTime.getByRole('checkbox', { name: '09:30' })
    expect(await taken930.isChecked()).toBe(false)
    await taken930.click()
    expect(await taken930.isChecked()).toBe(true)

    // A bad time shows its error beside the times field, not in a list at the end.
    const times = pickTime.getByRole('textbox', { name: 'Times offered' })
    await times.fill('09:00, 9.30, 10:00, 10:30, 11:00, 13:00, 13:30, 14:00, 14:30')
    const timesField = pickTime.locator('.field', {
      has: page.getByRole('textbox', { name: 'Times offered' }),
    })
    await timesField.getByRole('alert').waitFor()
    expect(await timesField.getByRole('alert').textContent()).toContain('write a time as HH:MM')
    expect(await times.getAttribute('aria-invalid')).toBe('true')
    await page.getByRole('tab', { name: /Steps/ }).locator('.count').waitFor()
    await page.screenshot({ path: `${SCREENSHOTS}/error-beside-field-1280x800.png` })
    await times.fill('09:00, 09:30, 10:00, 10:30, 11:00, 13:00, 13:30, 14:00, 14:30')
    await timesField.getByRole('alert').waitFor({ state: 'detached' })

    // A missing Arabic text is flagged at the Arabic field of that text, and fixed there.
    const arabic = pickTime.getByRole('textbox', { name: 'Instruction for step 4 (العربية)' })
    const arabicText = await arabic.inputValue()
    await arabic.fill('')
    const arabicCell = pickTime.locator('.text-cell', {
      has: page.getByRole('textbox', { name: 'Instruction for step 4 (العربية)' }),
    })
    await arabicCell.getByRole('alert').waitFor()
    expect(await arabicCell.getByRole('alert').textContent()).toContain('no Arabic text (ar)')
    expect(await arabicCell.textContent()).toContain('missing')
    await arabic.fill(arabicText)
    await arabicCell.getByRole('alert').waitFor({ state: 'detached' })
    expect(await page.getByTestId('studio-outcome').textContent()).toBe('No problems found.')

    // The page of the chosen step, drawn by the station's own page renderer.
    await page.getByRole('tab', { name: /Pages/ }).click()
    await page
      .getByRole('combobox', { name: 'Page for step' })
      .selectOption({ label: 'Step 4 (booking-time)' })
    await page.getByTestId('page-preview').locator('canvas').waitFor()
    await page.waitForTimeout(1500)
    await page.screenshot({ path: `${SCREENSHOTS}/pages-preview-1280x800.png` })

    // Texts side by side in the four languages.
    await page.getByRole('tab', { name: /All texts/ }).click()
    expect(await page.getByRole('tabpanel').getByRole('status').textContent()).toContain('English: 0 missing')

    // A reload loses nothing: the draft is kept in the browser.
    await page.reload()
    // The console's language is chosen per visit to the page; the draft's texts are what must survive.
    await page.getByRole('radio', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'Book a visit with a housing adviser' }).waitFor()
    const afterReload = step(page, 4)
    expect(
      await afterReload.getByRole('textbox', { name: 'Instruction for step 4 (English)' }).inputValue(),
    ).toMatch(/ The adviser has new times\.$/)
    expect(await afterReload.getByRole('checkbox', { name: '09:30' }).isChecked()).toBe(true)

    // Check runs the same checks here, then asks the server.
    await page.getByTestId('studio-check').click()
    await expect.poll(() => page.getByTestId('studio-outcome').textContent()).not.toBe('No problems found.')
    const outcome = await page.getByTestId('studio-outcome').textContent()
    expect(['No problems: the errand can be published.', 'This server does not offer that yet.']).toContain(
      outcome,
    )

    await page.getByRole('button', { name: '← All errands' }).click()
    const draftRow = page.locator('.errand-row[data-errand="book-visit-copy"]')
    expect(await draftRow.locator('strong').textContent()).toBe('Book a visit with a housing adviser')

    expect(foreign).toEqual([])
    // Until the server's errand routes are merged, the list of published errands answers 404: nothing else may fail.
    expect(errors.filter((error) => !error.includes('404'))).toEqual([])
  })

  it('fits a tablet: the editor at 1024×768', async () => {
    const page = await newPage(TABLET)
    await openConsole(page, base())
    await page.getByTestId('view-studio').click()
    await page
      .locator('.errand-row[data-errand="pay-bill"]')
      .getByRole('button', { name: 'Duplicate' })
      .click()
    await page.getByRole('tab', { name: /Steps/ }).waitFor()
    await page.screenshot({ path: `${SCREENSHOTS}/editor-1024x768.png` })
    // Nothing wider than the screen: no sideways scrolling on a tablet.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TABLET.width)
    await page.getByRole('tab', { name: /Pages/ }).click()
    await page.getByTestId('page-preview').locator('canvas').waitFor()
    await page.waitForTimeout(1500)
    await page.screenshot({ path: `${SCREENSHOTS}/pages-1024x768.png`, fullPage: true })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TABLET.width)
  })

  it('adds every kind of block to a page and writes a paper from nothing, at 1280×800 and on a tablet', async () => {
    const page = await newPage(DESKTOP_VIEWPORT)
    const errors = recordPageErrors(page)
    await openConsole(page, base())
    await page.getByTestId('view-studio').click()
    await page
      .locator('.errand-row[data-errand="book-visit"]')
      .getByRole('button', { name: 'Duplicate' })
      .click()
    await page.getByRole('tab', { name: /Pages/ }).click()
    await page
      .getByRole('combobox', { name: 'Page for step' })
      .selectOption({ label: 'Step 4 (booking-time)' })
    const blocks = page.locator('.block-list > li')
    const before = await blocks.count()
    const kinds = page.getByRole('combobox', { name: 'Kind of block' })
    const labels = await kinds.locator('option').allTextContents()
    expect(labels).toHaveLength(16)
    const previewFailed = page.getByTestId('page-preview').getByRole('alert')
    // The on-screen keyboard beside an input field reads the station's app store, which the studio's preview does
    // not have: that one kind goes last, and the preview says it cannot draw the page, in place, the forms intact.
    const KEYBOARD_FIELD = 'Input field'
    const NO_APP_STORE = 'useApp must be used inside <AppStoreProvider>'
    // The blocks the preview cannot draw yet go last: once one fails, the preview shows that failure until it draws
    // again, which would be read as the next block's.
    const cannotDraw = ['Calendar', 'E-ID login', KEYBOARD_FIELD]
    const ordered = [...labels.filter((label) => !cannotDraw.includes(label)), ...cannotDraw]
    const failed: string[] = []
    for (const [index, label] of ordered.entries()) {
      await kinds.selectOption({ label })
      await page.getByRole('button', { name: `Add: ${label}` }).click()
      await expect.poll(() => blocks.count()).toBe(before + index + 1)
      expect(await blocks.last().locator('legend').first().textContent()).toContain(label)
      if (label === KEYBOARD_FIELD) break
      // The page still draws with the new block (its texts not written yet).
      if (await previewFailed.count()) failed.push(`${label}: ${await previewFailed.textContent()}`)
    }
    // The calendar, too, can read the station's store while it first lays out, and the e-ID block's waiting message
    // reads the visit's session from it: the same known limit, nothing else.
    const known = (failure: string) =>
      cannotDraw.some((label) => failure.startsWith(`${label}:`)) && failure.includes(NO_APP_STORE)
    expect(failed.filter((failure) => !known(failure))).toEqual([])
    await expect.poll(() => previewFailed.textContent()).toContain(NO_APP_STORE)
    expect(errors.filter((error) => !error.includes('404') && !error.includes(NO_APP_STORE))).toEqual([])
    expect(await blocks.count()).toBe(before + 16)
    // A new times block shows the step's own field, and its texts are flagged until written in every language.
    const times = blocks.filter({ has: page.locator('legend', { hasText: /^Times( ·|$)/ }) }).last()
    expect(await times.getByRole('textbox', { name: 'Answer field' }).inputValue()).toBe('visit-time')
    const free = times.locator('.texts-field', { hasText: 'Name of a free time' })
    expect(await free.locator('.text-cell.missing').count()).toBe(4)
    for (const language of ['Svenska', 'Lättläst svenska', 'English', 'العربية']) {
      const input = free.getByRole('textbox', { name: `Name of a free time (${language})` })
      await input.click()
      await page.keyboard.type(language === 'العربية' ? '{time} متاح' : '{time}, free')
    }
    expect(await free.locator('.text-cell.missing').count()).toBe(0)
    await page.screenshot({ path: `${SCREENSHOTS}/pages-new-blocks-1280x800.png` })

    // The paper: this errand's letter taken away, and a new one written from nothing.
    await page.getByRole('tab', { name: /Paper/ }).click()
    await page.getByRole('button', { name: 'Remove the paper' }).click()
    await page.getByRole('button', { name: 'Write a paper from nothing' }).click()
    await page.getByRole('button', { name: 'Add a section' }).click()
    await page.getByRole('button', { name: 'Add to section 2: Label and value rows' }).click()
    await page.getByRole('button', { name: 'Add a row' }).click()
    const rowLabel = page.getByRole('textbox', { name: 'Section 2 · Label 2 (English)' })
    await rowLabel.fill('Time')
    expect(await rowLabel.getAttribute('aria-invalid')).toBeNull()
    expect(await page.getByRole('textbox', { name: 'Section 1 · Paragraph (English)' }).count()).toBe(1)
    await page.screenshot({ path: `${SCREENSHOTS}/paper-from-nothing-1280x800.png`, fullPage: true })

    // The same on a tablet: nothing wider than the screen.
    await page.setViewportSize(TABLET)
    await page.screenshot({ path: `${SCREENSHOTS}/paper-from-nothing-1024x768.png` })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TABLET.width)
    await page.getByRole('tab', { name: /Pages/ }).click()
    await page.screenshot({ path: `${SCREENSHOTS}/pages-new-blocks-1024x768.png` })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TABLET.width)
    expect(errors.filter((error) => !error.includes('404') && !error.includes(NO_APP_STORE))).toEqual([])
  })
})
