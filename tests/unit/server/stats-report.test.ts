import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TaskReport } from '../../../src/stats/report'
import type { Stats } from '../../../src/stats/types'
import type { TelemetryEventInput } from '../../../src/telemetry/event-schema'
import { FIXTURE_CATALOG, makeEvent, startTestServer } from './harness'
import type { EnvelopeOverrides, TestServer } from './harness'

// Two sites write the same database (one server after the other on one data folder), then staff read the stats,
// the CSV tables and the report filtered by site and task.

const TASK = { task: 'pay-bill' }
const on = (stepIndex: number) => ({
  ...TASK,
  step: ['open-app', 'enter-amount', 'confirm'][stepIndex] ?? null,
})

/** One visit: starts pay-bill, completes `steps` steps with the hints given, completes the task if it did all 3. */
function visitEvents(options: {
  steps: number
  appHints?: number
  staffHints?: number
  mistakes?: string[]
  mode?: 'vr' | 'desktop'
}): TelemetryEventInput[] {
  const sessionId = randomUUID()
  const start = Date.now() - 3600_000
  let tick = 0
  const at = (overrides: EnvelopeOverrides) => ({
    sessionId,
    mode: options.mode ?? 'desktop',
    ts: new Date(start + 1000 * tick++).toISOString(),
    ...overrides,
  })
  const events: TelemetryEventInput[] = [makeEvent('task_started', { stepCount: 3 }, at(TASK))]
  for (let stepIndex = 0; stepIndex < 3; stepIndex += 1) {
    events.push(makeEvent('step_started', { stepIndex, stepCount: 3 }, at(on(stepIndex))))
    if (stepIndex === 1) {
      for (let hint = 0; hint < (options.appHints ?? 0); hint += 1) {
        events.push(
          makeEvent('hint_shown', { stepIndex, hintIndex: hint, reason: 'idle' }, at(on(stepIndex))),
        )
      }
      for (let hint = 0; hint < (options.staffHints ?? 0); hint += 1) {
        events.push(
          makeEvent(
            'hint_shown',
            { stepIndex, hintIndex: hint, reason: 'staff' },
            at({ ...on(stepIndex), source: 'staff' }),
          ),
        )
      }
      for (const code of options.mistakes ?? [])
        events.push(makeEvent('mistake', { stepIndex, code }, at(on(stepIndex))))
    }
    if (stepIndex >= options.steps) {
      events.push(
        makeEvent(
          'task_abandoned',
          { stepIndex, durationMs: 9000, reason: 'left', hints: 0, mistakes: 0 },
          at(on(stepIndex)),
        ),
      )
      return events
    }
    events.push(
      makeEvent(
        'step_completed',
        { stepIndex, durationMs: 1000 * (stepIndex + 1), hints: 0, mistakes: 0, skipped: false },
        at(on(stepIndex)),
      ),
    )
  }
  events.push(
    makeEvent('task_completed', { durationMs: 6000, stepCount: 3, hints: 0, mistakes: 0 }, at(TASK)),
  )
  return events
}

/** The visits use the fixture task's steps (open-app, enter-amount, confirm). */
const WITH_FIXTURE_IDS = { catalog: FIXTURE_CATALOG }

let dataDir: string
let test: TestServer
let token: string

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'digidel-sites-'))
  // North: 8 visits. 6 complete; 2 give up on step 2. Step 2 (index 1): 5 without hints, 2 with one app hint, one
  // with two app hints and two staff hints; 6 visits type a wrong OCR there, one types the wrong amount.
  const north = await startTestServer(
    { siteId: 'north', siteName: 'Norra biblioteket' },
    dataDir,
    WITH_FIXTURE_IDS,
  )
  const visits = [
    visitEvents({ steps: 3, mistakes: ['check-digit'] }),
    visitEvents({ steps: 3, mistakes: ['check-digit'] }),
    visitEvents({ steps: 3, mistakes: ['check-digit'], mode: 'vr' }),
    visitEvents({ steps: 3, mistakes: ['check-digit', 'check-digit'] }),
    visitEvents({ steps: 3, appHints: 1, mistakes: ['check-digit'] }),
    visitEvents({ steps: 3, appHints: 1, mistakes: ['check-digit', 'mismatch'] }),
    visitEvents({ steps: 1 }),
    visitEvents({ steps: 1, appHints: 2, staffHints: 2 }),
  ]
  expect((await north.postEvents(visits.flat())).status).toBe(200)
  await north.stop()
  // South: 2 visits, both complete.
  const south = await startTestServer(
    { siteId: 'south', siteName: 'Södra biblioteket' },
    dataDir,
    WITH_FIXTURE_IDS,
  )
  expect((await south.postEvents([...visitEvents({ steps: 3 }), ...visitEvents({ steps: 3 })])).status).toBe(
    200,
  )
  await south.stop()
  test = await startTestServer({ siteId: 'south', siteName: 'Södra biblioteket' }, dataDir, WITH_FIXTURE_IDS)
  token = await test.login()
})
afterAll(async () => {
  await test.stop()
  await rm(dataDir, { recursive: true, force: true })
})

const get = async <T>(path: string): Promise<T> => {
  const answer = await test.staffGet(path, token)
  expect(answer.status, path).toBe(200)
  return (await answer.json()) as T
}

describe('access', () => {
  it('needs a staff login for the sites, the CSV tables and the report', async () => {
    for (const path of ['/api/sites', '/api/stats/visits.csv', '/api/report?task=pay-bill']) {
      expect((await fetch(test.url(path))).status, path).toBe(401)
    }
  })
})

describe('sites', () => {
  it('lists every site that wrote here, with its name, and which one this server is', async () => {
    expect(await get('/api/sites')).toEqual({
      sites: [
        { id: 'north', name: 'Norra biblioteket' },
        { id: 'south', name: 'Södra biblioteket' },
      ],
      current: 'south',
    })
  })

  it('filters stats, sessions and exports by site', async () => {
    const north = await get<Stats>('/api/stats?site=north&task=pay-bill')
    expect(north.site).toBe('north')
    expect(north.sessions.total).toBe(8)
    expect(north.tasks[0]?.visits).toEqual({ started: 8, completed: 6, abandoned: 2 })
    const all = await get<Stats>('/api/stats?task=pay-bill')
    expect(all.tasks[0]?.visits).toEqual({ started: 10, completed: 8, abandoned: 2 })
    expect((await get<{ sessions: unknown[] }>('/api/sessions?site=south')).sessions).toHaveLength(2)

    const csv = await (await test.staffGet('/api/export.csv?site=south', token)).text()
    const [header, ...lines] = csv.trim().split('\r\n')
    expect(header?.split(',').at(-1)).toBe('site_id')
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.every((line) => line.endsWith(',south'))).toBe(true)

    const { statements } = await get<{ statements: { context: { extensions: Record<string, string> } }[] }>(
      '/api/export/xapi?site=north',
    )
    expect(
      new Set(
        statements.map((s) => Object.entries(s.context.extensions).find(([k]) => k.endsWith('/site'))?.[1]),
      ),
    ).toEqual(new Set(['north']))
  })

  it('answers 400 for a malformed site or task', async () => {
    for (const query of ['?site=North Branch', '?task=Pay Bill', '?site=a&site=b']) {
      expect((await test.staffGet(`/api/stats${query}`, token)).status, query).toBe(400)
    }
  })
})

describe('cue levels', () => {
  it('counts help from staff apart from the app hints', async () => {
    const stats = await get<Stats>('/api/stats?site=north&task=pay-bill')
    expect(stats.tasks[0]?.steps[1]?.visits).toEqual({
      reached: 8,
      completed: 6,
      skipped: 0,
      // Gave up (2, one of them also with four hints).
      stuck: 2,
      visitor: { none: 5, one: 2, twoOrMore: 1 },
      staff: { none: 7, one: 0, twoOrMore: 1 },
    })
  })
})

describe('CSV tables', () => {
  it('are the rows the stats give, one file per plot', async () => {
    const csv = await (await test.staffGet('/api/stats/funnel.csv?site=north&task=pay-bill', token)).text()
    expect(csv.split('\r\n')).toEqual([
      'stage,step_number,step,visits,drop_off,drop_off_share',
      'started,,,8,0,',
      'step,1,open-app,8,0,0',
      'step,2,enter-amount,6,2,0.25',
      'step,3,confirm,6,0,0',
      'completed,,,6,0,0',
      '',
    ])
    const cues = await (await test.staffGet('/api/stats/cues.csv?site=north&task=pay-bill', token)).text()
    expect(cues.split('\r\n')[2]).toBe('2,enter-amount,8,5,2,1,7,0,1,0,2')
    const visits = await test.staffGet('/api/stats/visits.csv?site=north', token)
    expect(visits.headers.get('content-disposition')).toBe('attachment; filename="digidel-visits-north.csv"')
    expect((await visits.text()).split('\r\n')[0]).toBe('day,visits,vr,screen,lang_sv')
  })

  it('need a task, except for visits, and a known table', async () => {
    expect((await test.staffGet('/api/stats/funnel.csv', token)).status).toBe(400)
    expect((await test.staffGet('/api/stats/nonsense.csv?task=pay-bill', token)).status).toBe(404)
    expect((await test.staffGet('/api/stats/funnel.json?task=pay-bill', token)).status).toBe(404)
  })
})

describe('the report for the administrations', () => {
  it('suppresses counts of 1 to 4 and every share that would give one back', async () => {
    const report = await get<TaskReport>('/api/report?site=north&task=pay-bill')
    expect(report).toMatchObject({
      task: 'pay-bill',
      site: 'north',
      tried: 8,
      finished: 6,
      finishedShare: 0.75,
      stuck: [{ stepIndex: 1, step: 'enter-amount', stuck: '<5', reached: 8, share: null }],
      mistakes: [
        { stepIndex: 1, code: 'check-digit', visits: 6 },
        { stepIndex: 1, code: 'mismatch', visits: '<5' },
      ],
      confidence: null,
      feedback: null,
    })
    expect(report.cues[1]).toEqual({
      stepIndex: 1,
      step: 'enter-amount',
      reached: 8,
      visitor: { none: 5, one: '<5', twoOrMore: '<5' },
      staff: { none: 7, one: 0, twoOrMore: '<5' },
    })
  })

  it('holds no session id and nothing per visit', async () => {
    const text = await (await test.staffGet('/api/report?task=pay-bill', token)).text()
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/)
    expect(text).not.toMatch(/session/i)
  })

  it('reports only small numbers for a small site', async () => {
    const report = await get<TaskReport>('/api/report?site=south&task=pay-bill')
    expect(report).toMatchObject({ tried: '<5', finished: '<5', finishedShare: null, stuck: [] })
  })

  it('needs a task', async () => {
    expect((await test.staffGet('/api/report', token)).status).toBe(400)
  })
})
