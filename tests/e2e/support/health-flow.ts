import type { Page } from 'playwright-core'
import type { TaskDefinition } from '../../../src/tasks/schema'
import { errandTask } from '../../fixtures/tasks'
import { waitForState } from './app-page'
import type { InputDriver } from './drivers'
import {
  KEYBOARD,
  dateWindow,
  expectErrorThenHint,
  firstOpenDay,
  pressThen,
  type FlowOptions,
} from './e-service-flow'
import { startFromLobby } from './lobby'

export const HEALTH_TASK: TaskDefinition = errandTask('book-health-centre')

/** The step's rule, checked to be the kind the flow expects. */
function ruleOf<R extends TaskDefinition['steps'][number]['complete']['rule']>(
  task: TaskDefinition,
  stepId: string,
  rule: R,
): Extract<TaskDefinition['steps'][number]['complete'], { rule: R }> {
  const complete = task.steps.find((step) => step.id === stepId)?.complete
  if (complete?.rule !== rule) throw new Error(`${task.id}/${stepId} has no ${rule} rule`)
  return complete as Extract<TaskDefinition['steps'][number]['complete'], { rule: R }>
}

/** The option a choose step expects, as the package's practice data says (the card the visitor reads). */
export function expectedChoice(task: TaskDefinition, stepId: string): string {
  const { expected } = ruleOf(task, stepId, 'choose').params
  if (typeof expected !== 'string') throw new Error(`${task.id}/${stepId} expects several options`)
  return expected
}

/** The value an enter-value step expects, digits only, as the visitor types it on the keypad. */
export function expectedDigits(task: TaskDefinition, stepId: string): string {
  return ruleOf(task, stepId, 'enter-value').params.expected.replace(/\D/g, '')
}

/** The first free and the first taken time of a pick-time step, as its button's id ends: `0820`. */
export function slotsOf(task: TaskDefinition, stepId: string): { free: string; taken: string } {
  const { times, taken = [] } = ruleOf(task, stepId, 'pick-time').params
  const free = times.find((time) => !taken.includes(time))
  const [firstTaken] = taken
  if (free === undefined || firstTaken === undefined)
    throw new Error(`${task.id}/${stepId} needs free and taken times`)
  return { free: free.replace(':', ''), taken: firstTaken.replace(':', '') }
}

/** Answers a choose step (`<id>.<option>` then `<id>.next`) with the option the card says. */
async function answer(
  page: Page,
  driver: InputDriver,
  id: string,
  stepId: string,
  next: string,
): Promise<void> {
  await driver.press(page, `${id}.${expectedChoice(HEALTH_TASK, stepId)}`)
  await pressThen(page, driver, `${id}.next`, next)
}

/** Picks the first day a pick-date step allows, in its calendar `<id>`. */
async function pickFirstDay(page: Page, driver: InputDriver, id: string, stepId: string, next: string) {
  const day = firstOpenDay(await dateWindow(page, HEALTH_TASK, stepId))
  await pressThen(page, driver, `${id}.day.${day}`, next)
}

/**
 * Completes "Book a time at the health centre" from the lobby with one kind of input: the appointment card picked
 * up (as the preschool letter is), the reason and the two symptom questions answered from it, the first open day,
 * a free time (after pressing a taken one, with `mistakes`: its error and then its hint, the step's hint timing
 * says one mistake), the mobile number, the booking confirmed, then moved to a later day and time.
 * Moments: `reason`, `time-taken`, `times`, `mobile` (before the number is typed), `review`, `booked`, `moved`.
 */
export async function completeHealthCentre(
  page: Page,
  driver: InputDriver,
  { mistakes = false, onMoment = async () => undefined }: FlowOptions = {},
): Promise<void> {
  await startFromLobby(page, driver, HEALTH_TASK.id)
  await waitForState(page, { scene: 'e-service', step: 'pick-up-card' })
  await pressThen(page, driver, 'eservice.health-card', 'start')
  await pressThen(page, driver, 'eservice.home.health', 'log-in')
  await pressThen(page, driver, 'health.login.eid', 'confirm-eid')
  await pressThen(page, driver, 'eservice.phone.confirm', 'reason')

  await onMoment(page, 'reason')
  await answer(page, driver, 'health.reason', 'reason', 'duration')
  await answer(page, driver, 'health.duration', 'duration', 'fever')
  await answer(page, driver, 'health.fever', 'fever', 'pick-day')
  await pickFirstDay(page, driver, 'health.visit-day', 'pick-day', 'pick-time')

  const slots = slotsOf(HEALTH_TASK, 'pick-time')
  if (mistakes) {
    await driver.press(page, `health.visit-time.${slots.taken}`, { disabled: true })
    await expectErrorThenHint(page, 1, /already has that time|redan|محجوز/)
    await onMoment(page, 'time-taken')
  } else {
    await onMoment(page, 'times')
  }
  await driver.press(page, `health.visit-time.${slots.free}`)
  await pressThen(page, driver, 'health.visit-time.next', 'mobile')
  await onMoment(page, 'mobile')
  await driver.typeDigits(page, expectedDigits(HEALTH_TASK, 'mobile'))
  await pressThen(page, driver, `${KEYBOARD}.ok`, 'confirm')
  await onMoment(page, 'review')
  await pressThen(page, driver, 'health.review.confirm', 'read-booking')
  await onMoment(page, 'booked')

  await pressThen(page, driver, 'health.booked.change', 'move')
  await pressThen(page, driver, 'health.manage.move', 'new-day')
  await pickFirstDay(page, driver, 'health.new-day', 'new-day', 'new-time')
  await driver.press(page, `health.new-time.${slotsOf(HEALTH_TASK, 'new-time').free}`)
  await pressThen(page, driver, 'health.new-time.next', 'confirm-move')
  await driver.press(page, 'health.move.confirm')
  await waitForState(page, { status: 'completed', mistakes: mistakes ? 1 : 0 })
  await onMoment(page, 'moved')
}
