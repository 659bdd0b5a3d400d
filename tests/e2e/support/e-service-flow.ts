import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import { PRACTICE_FAMILY } from '../../../scenes/e-service/practice-family'
import { addDays, parseIsoDate, toIsoDate } from '../../../src/tasks/calendar-date'
import { dateProblem, dateWindowOf, type DateWindow } from '../../../src/tasks/rules/pick-date.rule'
import type { TaskDefinition } from '../../../src/tasks/schema'
import { errandTask } from '../../fixtures/tasks'
import { appState, waitForState } from './app-page'
import type { InputDriver } from './drivers'
import { startFromLobby } from './lobby'

/** The e-service's on-screen keyboard: its digit keys are `eservice.keyboard.<digit>`. */
export const KEYBOARD = 'eservice.keyboard'

export const PRESCHOOL_TASK: TaskDefinition = errandTask('apply-preschool')
export const BOOKING_TASK: TaskDefinition = errandTask('book-visit')

const CHILD_DIGITS = PRACTICE_FAMILY.child.personnummer.replace(/\D/g, '')
const MOBILE_DIGITS = PRACTICE_FAMILY.guardian.mobile.replace(/\D/g, '')

/** The dates a task's pick-date step allows, on this machine's calendar, as the page counts them. */
export async function dateWindow(page: Page, task: TaskDefinition, stepId: string): Promise<DateWindow> {
  const complete = task.steps.find((step) => step.id === stepId)?.complete
  if (complete?.rule !== 'pick-date') throw new Error(`${task.id}/${stepId} picks no date`)
  const startedAt = await page.evaluate(() => window.__digidel?.store.getState().run?.startedAt ?? 0)
  return dateWindowOf(complete.params, startedAt)
}

/** The first day the window allows. */
export function firstOpenDay(window: DateWindow): string {
  let day = parseIsoDate(window.earliest ?? '')
  while (day !== null && dateProblem(window, toIsoDate(day)) !== null) day = addDays(day, 1)
  if (day === null) throw new Error('the window has no first day')
  return toIsoDate(day)
}

/** What the flows do besides the task: look at the errors, and take screenshots on the way. */
export interface FlowOptions {
  /** Type one wrong identity number and pick one too-early date, each showing the error and then the hint. */
  mistakes?: boolean
  /** Find the service by searching, typing with this, instead of by category. */
  search?: (page: Page) => Promise<void>
  /** Open "Read more" about personal data, and close it again. */
  readMore?: boolean
  /** Runs at a step with the name of the moment, e.g. to take a screenshot. */
  onMoment?: (page: Page, moment: string) => Promise<void>
}

/** The driver presses `id`, and the task moves on to `nextStep`. */
export async function pressThen(
  page: Page,
  driver: InputDriver,
  id: string,
  nextStep: string,
): Promise<void> {
  await driver.press(page, id)
  await waitForState(page, { step: nextStep })
}

/** The last mistake shows its feedback, and a hint comes with it: the step's hint timing says one mistake. */
export async function expectErrorThenHint(page: Page, mistakes: number, feedback: RegExp): Promise<void> {
  await waitForState(page, { mistakes })
  const state = await appState(page)
  expect(state.feedback).toMatch(feedback)
  expect(state.hint).not.toBeNull()
}

/**
 * Completes "Apply for a preschool place" from the lobby with one kind of input. With `mistakes`, the child's
 * identity number is first typed with a wrong last digit (corrected with Delete) and a day less than four months
 * away is picked, each showing its error and a hint before the right answer is accepted.
 */
export async function completePreschool(
  page: Page,
  driver: InputDriver,
  { mistakes = false, search, readMore = false, onMoment = async () => undefined }: FlowOptions = {},
): Promise<void> {
  await startFromLobby(page, driver, 'apply-preschool')
  await waitForState(page, { scene: 'e-service', step: 'pick-up-letter' })
  await pressThen(page, driver, 'eservice.letter', 'open-e-services')
  await pressThen(page, driver, 'eservice.home.e-services', 'find-service')
  if (search) {
    await driver.press(page, 'eservice.field.search')
    await search(page)
  } else {
    await driver.press(page, 'eservice.category.school')
  }
  await onMoment(page, 'catalogue')
  await pressThen(page, driver, 'eservice.service.preschool-apply', 'log-in')
  await pressThen(page, driver, 'eservice.login.eid', 'confirm-eid')
  await pressThen(page, driver, 'eservice.phone.confirm', 'check-guardian')
  await pressThen(page, driver, 'eservice.guardian.next', 'enter-child-id')

  if (mistakes) {
    const wrongLast = String((Number(CHILD_DIGITS.at(-1)) + 1) % 10)
    await driver.typeDigits(page, `${CHILD_DIGITS.slice(0, -1)}${wrongLast}`)
    await driver.press(page, `${KEYBOARD}.ok`)
    await expectErrorThenHint(page, 1, /last digit|sista siffran/)
    await onMoment(page, 'identity-number-error')
    await driver.press(page, `${KEYBOARD}.delete`)
    await driver.typeDigits(page, CHILD_DIGITS.slice(-1))
  } else {
    await driver.typeDigits(page, CHILD_DIGITS)
  }
  await pressThen(page, driver, `${KEYBOARD}.ok`, 'choose-preschools')

  for (const school of PRACTICE_FAMILY.preschools) await driver.press(page, `eservice.preschools.${school}`)
  await pressThen(page, driver, 'eservice.preschools.next', 'pick-start-date')

  const window = await dateWindow(page, PRESCHOOL_TASK, 'pick-start-date')
  const first = firstOpenDay(window)
  if (mistakes) {
    const earliest = parseIsoDate(window.earliest ?? '')
    if (earliest === null) throw new Error('the start date has no earliest day')
    const tooEarly = toIsoDate(addDays(earliest, -1))
    // The calendar opens on the month of the first free day; the day before may be in the month before.
    if (tooEarly.slice(0, 7) < first.slice(0, 7)) await driver.press(page, 'eservice.start-date.previous')
    await driver.press(page, `eservice.start-date.day.${tooEarly}`, { disabled: true })
    await expectErrorThenHint(page, 2, /four months|fyra månader/)
    await onMoment(page, 'too-early-date')
    if (tooEarly.slice(0, 7) < first.slice(0, 7)) await driver.press(page, 'eservice.start-date.next')
  }
  await pressThen(page, driver, `eservice.start-date.day.${first}`, 'choose-hours')

  await driver.press(page, `eservice.hours.${PRACTICE_FAMILY.hours}`)
  await pressThen(page, driver, 'eservice.hours.next', 'enter-phone')
  await driver.typeDigits(page, MOBILE_DIGITS)
  await pressThen(page, driver, `${KEYBOARD}.ok`, 'accept-consent')

  if (readMore) {
    await driver.press(page, 'eservice.consent.read-more')
    await onMoment(page, 'consent-read-more')
    await driver.press(page, 'eservice.consent.close')
  }
  await driver.press(page, 'eservice.consent.accept')
  await pressThen(page, driver, 'eservice.consent.next', 'review-and-sign')
  await onMoment(page, 'review')
  await pressThen(page, driver, 'eservice.review.sign', 'sign-eid')
  await pressThen(page, driver, 'eservice.phone.sign', 'read-confirmation')
  await pressThen(page, driver, 'eservice.receipt.my-pages', 'check-my-pages')
  await driver.press(page, 'eservice.my-pages.log-out')
  await waitForState(page, { status: 'completed', mistakes: mistakes ? 2 : 0 })
}

/**
 * Completes "Book a visit with a citizen adviser" from the lobby: the kind of help, the first free day, a free
 * time (after pressing a taken one, with `mistakes`), the mobile number, then cancelling the booking.
 */
export async function completeBooking(
  page: Page,
  driver: InputDriver,
  { mistakes = false, onMoment = async () => undefined }: FlowOptions = {},
): Promise<void> {
  await startFromLobby(page, driver, 'book-visit')
  await waitForState(page, { scene: 'e-service', step: 'start-booking' })
  await pressThen(page, driver, 'eservice.home.booking', 'choose-help')
  await driver.press(page, `eservice.help.${PRACTICE_FAMILY.help}`)
  await pressThen(page, driver, 'eservice.help.next', 'pick-day')

  const day = firstOpenDay(await dateWindow(page, BOOKING_TASK, 'pick-day'))
  await pressThen(page, driver, `eservice.visit-day.day.${day}`, 'pick-time')
  if (mistakes) {
    await driver.press(page, 'eservice.visit-time.1000', { disabled: true })
    await expectErrorThenHint(page, 1, /already booked|redan bokad/)
    await onMoment(page, 'time-taken')
  }
  await driver.press(page, 'eservice.visit-time.0930')
  await pressThen(page, driver, 'eservice.visit-time.next', 'enter-mobile')
  await driver.typeDigits(page, MOBILE_DIGITS)
  await pressThen(page, driver, `${KEYBOARD}.ok`, 'confirm-booking')
  await pressThen(page, driver, 'eservice.booking.confirm', 'read-booking')
  await onMoment(page, 'booked')
  await pressThen(page, driver, 'eservice.booked.change', 'cancel-booking')
  await pressThen(page, driver, 'eservice.manage.cancel', 'confirm-cancel')
  await onMoment(page, 'cancel-dialog')
  await pressThen(page, driver, 'eservice.cancel.yes', 'read-cancelled')
  await driver.press(page, 'eservice.cancelled.done')
  await waitForState(page, { status: 'completed', mistakes: mistakes ? 1 : 0 })
}
