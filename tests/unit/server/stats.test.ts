import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Stats } from '../../../src/server/stats'
import { median } from '../../../src/server/stats'
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

describe('GET /api/stats', () => {
  it('computes sessions, tasks and steps from a known set of events', async () => {
    expect(await stats(`?from=${dayText}&to=${dayText}`)).toEqual({
      from: `${dayText}T00:00:00.000Z`,
      to: new Date(day.getTime() + DAY_MS).toISOString(),
      sessions: { total: 4, byMode: { vr: 2, desktop: 2 }, byLocale: { sv: 2, en: 2 } },
      tasks: [
        {
          task: 'find-book',
          started: 1,
          completed: 0,
          abandoned: 1,
          completionRate: 0,
          medianDurationMs: null,
          steps: [
            { step: 'search', stepIndex: 0, medianDurationMs: null, hints: 0, mistakes: 1, abandoned: 1 },
          ],
        },
        {
          task: 'pay-bill',
          started: 3,
          completed: 2,
          abandoned: 1,
          completionRate: 2 / 3,
          medianDurationMs: 16000,
          steps: [
            { step: 'open-app', stepIndex: 0, medianDurationMs: 5000, hints: 0, mistakes: 0, abandoned: 0 },
            {
              step: 'enter-amount',
              stepIndex: 1,
              medianDurationMs: 9000,
              hints: 3,
              mistakes: 2,
              abandoned: 1,
            },
            { step: 'confirm', stepIndex: 2, medianDurationMs: 2500, hints: 0, mistakes: 0, abandoned: 0 },
          ],
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

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull()
    expect(median([7])).toBe(7)
    expect(median([9, 1, 5])).toBe(5)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})
