import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Stats } from '../../../src/stats/types'
import type { TelemetryEventInput } from '../../../src/telemetry/event-schema'
import { FIXTURE_CATALOG, makeEvent, startTestServer } from './harness'
import type { EnvelopeOverrides, TestServer } from './harness'

const DAY_MS = 24 * 60 * 60 * 1000
// A recent day, so the default retention never purges the fixtures.
const day = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS - 10 * DAY_MS)
const dayText = day.toISOString().slice(0, 10)

/** Events of one visit, one second apart from `startMs`. */
function visit(startMs: number, base: EnvelopeOverrides) {
  const sessionId = randomUUID()
  let tick = 0
  const at = (overrides: EnvelopeOverrides = {}) => ({
    sessionId,
    ts: new Date(startMs + 1000 * tick++).toISOString(),
    ...base,
    ...overrides,
  })
  return { sessionId, at }
}

const PAY = { task: 'pay-bill' }
const steps = ['open-app', 'enter-amount', 'confirm'] as const
const stepAt = (index: 0 | 1 | 2) => ({ ...PAY, step: steps[index] })

function fixtures(): TelemetryEventInput[] {
  const t0 = day.getTime() + 9 * 3600 * 1000
  const a = visit(t0, { mode: 'vr', locale: 'sv' })
  const b = visit(t0 + 3600_000, { mode: 'desktop', locale: 'sv' })
  const c = visit(t0 + 7200_000, { mode: 'desktop', locale: 'en' })
  const d = visit(t0 + 10800_000, { mode: 'desktop', locale: 'sv', task: 'find-book', step: 'search' })
  const old = visit(t0 - 3 * DAY_MS, { mode: 'vr', locale: 'en' })
  return [
    // A: VR, Swedish, completes pay-bill with one hint and two mistakes on step 1.
    makeEvent('session_started', {}, a.at({ task: null, step: null })),
    makeEvent('task_started', { stepCount: 3 }, a.at(PAY)),
    makeEvent(
      'step_completed',
      { stepIndex: 0, durationMs: 4000, hints: 0, mistakes: 0, skipped: false },
      a.at(stepAt(0)),
    ),
    makeEvent('hint_shown', { stepIndex: 1, hintIndex: 0, reason: 'idle' }, a.at(stepAt(1))),
    makeEvent('mistake', { stepIndex: 1, code: 'wrong-field' }, a.at(stepAt(1))),
    makeEvent('mistake', { stepIndex: 1, code: 'wrong-amount' }, a.at(stepAt(1))),
    makeEvent(
      'step_completed',
      { stepIndex: 1, durationMs: 10000, hints: 1, mistakes: 2, skipped: false },
      a.at(stepAt(1)),
    ),
    makeEvent(
      'step_completed',
      { stepIndex: 2, durationMs: 3000, hints: 0, mistakes: 0, skipped: false },
      a.at(stepAt(2)),
    ),
    makeEvent('task_completed', { durationMs: 17000, stepCount: 3, hints: 1, mistakes: 2 }, a.at(PAY)),
    makeEvent('session_ended', { reason: 'reset', durationMs: 60000 }, a.at({ task: null, step: null })),
    // B: desktop, switches from Swedish to English, gives up on step 1 after two hints.
    makeEvent('setting_changed', { setting: 'locale', value: 'en' }, b.at({ task: null, step: null })),
    makeEvent('task_started', { stepCount: 3 }, b.at({ ...PAY, locale: 'en' })),
    makeEvent(
      'step_completed',
      { stepIndex: 0, durationMs: 6000, hints: 0, mistakes: 0, skipped: false },
      b.at({ ...stepAt(0), locale: 'en' }),
    ),
    makeEvent(
      'hint_shown',
      { stepIndex: 1, hintIndex: 0, reason: 'idle' },
      b.at({ ...stepAt(1), locale: 'en' }),
    ),
    makeEvent(
      'hint_shown',
      { stepIndex: 1, hintIndex: 1, reason: 'request' },
      b.at({ ...stepAt(1), locale: 'en' }),
    ),
    makeEvent(
      'task_abandoned',
      { stepIndex: 1, durationMs: 20000, reason: 'left', hints: 2, mistakes: 0 },
      b.at({ ...stepAt(1), locale: 'en' }),
    ),
    // C: English, starts on the desktop and enters VR, completes pay-bill.
    makeEvent('task_started', { stepCount: 3 }, c.at(PAY)),
    makeEvent(
      'step_completed',
      { stepIndex: 0, durationMs: 5000, hints: 0, mistakes: 0, skipped: false },
      c.at({ ...stepAt(0), mode: 'vr' }),
    ),
    makeEvent(
      'step_completed',
      { stepIndex: 1, durationMs: 8000, hints: 0, mistakes: 0, skipped: false },
      c.at({ ...stepAt(1), mode: 'vr' }),
    ),
    makeEvent(
      'step_completed',
      { stepIndex: 2, durationMs: 2000, hints: 0, mistakes: 0, skipped: true },
      c.at({ ...stepAt(2), mode: 'vr' }),
    ),
    makeEvent(
      'task_completed',
      { durationMs: 15000, stepCount: 3, hints: 0, mistakes: 0 },
      c.at({ ...PAY, mode: 'vr' }),
    ),
    // D: desktop, Swedish, makes a mistake on find-book and gives up.
    makeEvent('task_started', { stepCount: 2 }, d.at({ step: null })),
    makeEvent('mistake', { stepIndex: 0, code: 'wrong-shelf' }, d.at()),
    makeEvent(
      'task_abandoned',
      { stepIndex: 0, durationMs: 9000, reason: 'idle', hints: 0, mistakes: 1 },
      d.at(),
    ),
    // Three days earlier: outside the range of the ranged query.
    makeEvent('task_started', { stepCount: 3 }, old.at(PAY)),
    makeEvent('task_completed', { durationMs: 99000, stepCount: 3, hints: 0, mistakes: 0 }, old.at(PAY)),
  ]
}

let test: TestServer
let token: string

beforeAll(async () => {
  test = await startTestServer({}, undefined, { catalog: FIXTURE_CATALOG })
  token = await test.login()
  const answer = await test.postEvents(fixtures())
  expect(await answer.json()).toMatchObject({ accepted: 26, rejected: [] })
})
afterAll(() => test.stop())

async function stats(query = ''): Promise<Stats> {
  const answer = await test.staffGet(`/api/stats${query}`, token)
  expect(answer.status).toBe(200)
  return (await answer.json()) as Stats
}

const levels = (none: number, one: number, twoOrMore: number) => ({ none, one, twoOrMore })
/** How visits fared on a step: reached, completed, skipped by staff, stuck, and cue levels (app, staff). */
const outcome = (
  reached: number,
  completed: number,
  skipped: number,
  stuck: number,
  visitor: ReturnType<typeof levels>,
) => ({ reached, completed, skipped, stuck, visitor, staff: levels(reached, 0, 0) })

describe('GET /api/stats', () => {
  it('computes sessions, days, funnels, times, cue levels and mistakes from a known set of events', async () => {
    expect(await stats(`?from=${dayText}&to=${dayText}`)).toEqual({
      from: `${dayText}T00:00:00.000Z`,
      to: new Date(day.getTime() + DAY_MS).toISOString(),
      site: null,
      task: null,
      sessions: { total: 4, byMode: { vr: 2, desktop: 2 }, byLocale: { sv: 2, en: 2 } },
      days: [{ day: dayText, visits: 4, vr: 2, desktop: 2, byLocale: { sv: 2, en: 2 } }],
      tasks: [
        {
          task: 'find-book',
          started: 1,
          completed: 0,
          abandoned: 1,
          completionRate: 0,
          medianDurationMs: null,
          p90DurationMs: null,
          visits: { started: 1, completed: 0, abandoned: 1 },
          stepCount: 2,
          funnel: [
            { stage: 'started', stepIndex: null, visits: 1, dropOff: 0, dropOffShare: null },
            { stage: 'step', stepIndex: 0, visits: 0, dropOff: 1, dropOffShare: 1 },
            { stage: 'step', stepIndex: 1, visits: 0, dropOff: 0, dropOffShare: null },
            { stage: 'completed', stepIndex: null, visits: 0, dropOff: 0, dropOffShare: null },
          ],
          steps: [
            {
              step: 'search',
              stepIndex: 0,
              medianDurationMs: null,
              p90DurationMs: null,
              timed: 0,
              hints: 0,
              mistakes: 1,
              abandoned: 1,
              visits: outcome(1, 0, 0, 1, levels(1, 0, 0)),
            },
            // No event reached the second step: it is listed with zeros all the same.
            {
              step: null,
              stepIndex: 1,
              medianDurationMs: null,
              p90DurationMs: null,
              timed: 0,
              hints: 0,
              mistakes: 0,
              abandoned: 0,
              visits: outcome(0, 0, 0, 0, levels(0, 0, 0)),
            },
          ],
          mistakes: [{ stepIndex: 0, step: 'search', code: 'wrong-shelf', count: 1, visits: 1 }],
          confidence: null,
          feedback: null,
        },
        {
          task: 'pay-bill',
          started: 3,
          completed: 2,
          abandoned: 1,
          completionRate: 2 / 3,
          medianDurationMs: 16000,
          // 15 000 and 17 000: 90 % of the way from the first to the second.
          p90DurationMs: 16800,
          visits: { started: 3, completed: 2, abandoned: 1 },
          stepCount: 3,
          funnel: [
            { stage: 'started', stepIndex: null, visits: 3, dropOff: 0, dropOffShare: null },
            { stage: 'step', stepIndex: 0, visits: 3, dropOff: 0, dropOffShare: 0 },
            { stage: 'step', stepIndex: 1, visits: 2, dropOff: 1, dropOffShare: 1 / 3 },
            { stage: 'step', stepIndex: 2, visits: 2, dropOff: 0, dropOffShare: 0 },
            { stage: 'completed', stepIndex: null, visits: 2, dropOff: 0, dropOffShare: 0 },
          ],
          steps: [
            {
              step: 'open-app',
              stepIndex: 0,
              medianDurationMs: 5000,
              p90DurationMs: 5800,
              timed: 3,
              hints: 0,
              mistakes: 0,
              abandoned: 0,
              visits: outcome(3, 3, 0, 0, levels(3, 0, 0)),
            },
            {
              // A: one hint, completed; B: two hints, gave up (stuck); C: no hint, completed.
              step: 'enter-amount',
              stepIndex: 1,
              medianDurationMs: 9000,
              p90DurationMs: 9800,
              timed: 2,
              hints: 3,
              mistakes: 2,
              abandoned: 1,
              visits: outcome(3, 2, 0, 1, levels(1, 1, 1)),
            },
            {
              // C's step was skipped: its time is left out, and it counts as stuck.
              step: 'confirm',
              stepIndex: 2,
              medianDurationMs: 3000,
              p90DurationMs: 3000,
              timed: 1,
              hints: 0,
              mistakes: 0,
              abandoned: 0,
              visits: outcome(2, 2, 1, 1, levels(2, 0, 0)),
            },
          ],
          mistakes: [
            { stepIndex: 1, step: 'enter-amount', code: 'wrong-amount', count: 1, visits: 1 },
            { stepIndex: 1, step: 'enter-amount', code: 'wrong-field', count: 1, visits: 1 },
          ],
          confidence: null,
          feedback: null,
        },
      ],
    })
  })

  it('includes every day without a range', async () => {
    const all = await stats()
    expect(all.from).toBeNull()
    expect(all.to).toBeNull()
    expect(all.sessions).toEqual({
      total: 5,
      byMode: { vr: 3, desktop: 2 },
      byLocale: { sv: 2, en: 3 },
    })
    const pay = all.tasks.find((task) => task.task === 'pay-bill')
    expect(pay).toMatchObject({ started: 4, completed: 3, completionRate: 0.75, medianDurationMs: 17000 })
  })

  it('takes date-times with a zone as well as dates', async () => {
    const before = await stats(`?to=${encodeURIComponent(`${dayText}T00:00:00+00:00`)}`)
    expect(before.sessions.total).toBe(1)
    expect(before.to).toBe(`${dayText}T00:00:00.000Z`)
  })

  it('answers empty stats for a range without events', async () => {
    expect(await stats('?from=2001-01-01&to=2001-01-02')).toMatchObject({
      sessions: { total: 0, byMode: { vr: 0, desktop: 0 }, byLocale: {} },
      tasks: [],
    })
  })

  it.each([
    '?from=yesterday',
    '?from=2025-13-01',
    '?to=2025-02-30',
    '?from=2025-03-01T10:00',
    '?from=2025-03-02&to=2025-03-01',
    '?from=2025-03-01&from=2025-03-02',
  ])('answers 400 for %s', async (query) => {
    const answer = await test.staffGet(`/api/stats${query}`, token)
    expect(answer.status).toBe(400)
    expect(((await answer.json()) as { message: string }).message).toMatch(/from|to/)
  })
})
