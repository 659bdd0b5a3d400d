import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CSV_COLUMNS, csvCell } from '../../../src/server/csv'
import { DATABASE_FILE, openDatabase } from '../../../src/server/db/open'
import { createEventStore } from '../../../src/server/ingest'
import type { SessionSummary } from '../../../src/server/sessions'
import type { XapiStatement } from '../../../src/server/xapi'
import { isoDuration } from '../../../src/server/xapi'
import type { TelemetryEvent } from '../../../src/telemetry/event-schema'
import { FIXTURE_CATALOG, makeEvent, mistake, startTestServer } from './harness'
import type { TestServer } from './harness'
import { ISO_DURATION, xapiErrors } from './xapi-validator'

const first = randomUUID()
const second = randomUUID()
const legacy = randomUUID()
const base = Date.now() - 60 * 60 * 1000
const at = (seconds: number) => new Date(base + seconds * 1000).toISOString()

// The first visit, sent out of time order; step 0's completion and step 1's start share a millisecond.
const firstVisit = [
  makeEvent('task_started', { stepCount: 2 }, { sessionId: first, ts: at(1), mode: 'vr', locale: 'sv' }),
  makeEvent(
    'session_started',
    { posture: 'seated' },
    { sessionId: first, ts: at(0), task: null, locale: 'sv' },
  ),
  makeEvent(
    'step_completed',
    { stepIndex: 0, durationMs: 12500, hints: 1, mistakes: 0, skipped: false },
    { sessionId: first, ts: at(13), step: 'open-app', mode: 'vr', locale: 'sv' },
  ),
  makeEvent(
    'step_started',
    { stepIndex: 1, stepCount: 2 },
    { sessionId: first, ts: at(13), step: 'pay', mode: 'vr', locale: 'sv' },
  ),
  makeEvent(
    'hint_shown',
    { stepIndex: 1, hintIndex: 0, reason: 'request' },
    { sessionId: first, ts: at(14), step: 'pay', mode: 'vr', locale: 'sv' },
  ),
  makeEvent(
    'mistake',
    { stepIndex: 1, code: 'wrong-button' },
    { sessionId: first, ts: at(15), step: 'pay', mode: 'vr', locale: 'sv' },
  ),
  makeEvent(
    'task_completed',
    { durationMs: 20000, stepCount: 2, hints: 1, mistakes: 1 },
    { sessionId: first, ts: at(21), mode: 'vr', locale: 'sv' },
  ),
  makeEvent(
    'task_abandoned',
    { durationMs: 3000, stepIndex: 0, reason: 'restart', hints: 0, mistakes: 0 },
    { sessionId: first, ts: at(25), task: 'find-book', step: 'search', locale: 'sv' },
  ),
  makeEvent(
    'setting_changed',
    { setting: 'posture', value: 'standing' },
    { sessionId: first, ts: at(26), task: null, locale: 'sv' },
  ),
  makeEvent(
    'session_ended',
    { reason: 'idle', durationMs: 61000 },
    { sessionId: first, ts: at(61), task: null, locale: 'sv', source: 'staff' },
  ),
]
// The second visit, later.
const secondVisit = [
  makeEvent('task_started', { stepCount: 1 }, { sessionId: second, ts: at(100), locale: 'en' }),
  mistake({ sessionId: second, ts: at(101), locale: 'en' }),
  mistake({ sessionId: second, ts: at(102), locale: 'en' }),
]
// Rows an older version stored a day earlier, before ingest refused free text: cells a spreadsheet would
// read as formulas, with every separator a spreadsheet may split on.
const legacyRows = [
  makeEvent(
    'task_started',
    { stepCount: 1 },
    { sessionId: legacy, ts: at(-86_400), task: '=HYPERLINK("http://x.invalid","click")', locale: 'en' },
  ),
  mistake({ sessionId: legacy, ts: at(-86_399), scene: '@SUM(A1:A2)', step: '+1, "quoted"\nnext line' }),
  mistake({ sessionId: legacy, ts: at(-86_398), scene: '-2+3', locale: 'no tag!' as 'sv' }),
  mistake({ sessionId: legacy, ts: at(-86_397), scene: 'ok;=1+1', step: ' =1+1' }),
  mistake({ sessionId: legacy, ts: at(-86_396), scene: 'line\n=1+1', step: 'tab\t@cmd' }),
  mistake({ sessionId: legacy, ts: at(-86_395), scene: 'a\r\n-1', step: '  +1' }),
]

let test: TestServer
let token: string

beforeAll(async () => {
  test = await startTestServer({}, undefined, { catalog: FIXTURE_CATALOG })
  token = await test.login()
  const answer = await test.postEvents([...firstVisit, ...secondVisit])
  expect(await answer.json()).toEqual({ accepted: 13, duplicates: 0, rejected: [] })
  const db = openDatabase(join(test.dataDir, DATABASE_FILE))
  try {
    // Straight into the table, as an older version without today's checks stored them.
    await createEventStore(db).store(
      legacyRows.map((row) => ({ source: 'visitor', ...row })) as unknown as TelemetryEvent[],
    )
  } finally {
    await db.destroy()
  }
})
afterAll(() => test.stop())

async function getJson<T>(path: string): Promise<T> {
  const answer = await test.staffGet(path, token)
  expect(answer.status).toBe(200)
  return (await answer.json()) as T
}

describe('GET /api/sessions', () => {
  it('lists sessions newest first with their counts', async () => {
    const { sessions } = await getJson<{ sessions: SessionSummary[] }>(
      `/api/sessions?from=${encodeURIComponent(at(0))}`,
    )
    expect(sessions).toEqual([
      {
        sessionId: second,
        firstTs: at(100),
        lastTs: at(102),
        mode: 'desktop',
        locale: 'en',
        eventCount: 3,
        tasksStarted: 1,
        tasksCompleted: 0,
      },
      {
        sessionId: first,
        firstTs: at(0),
        lastTs: at(61),
        mode: 'vr',
        locale: 'sv',
        eventCount: 10,
        tasksStarted: 1,
        tasksCompleted: 1,
      },
    ])
  })

  it('filters by date-time', async () => {
    const { sessions } = await getJson<{ sessions: SessionSummary[] }>(
      `/api/sessions?from=${encodeURIComponent(at(90))}`,
    )
    expect(sessions.map((s) => s.sessionId)).toEqual([second])
  })
})

describe('GET /api/sessions/:id/events', () => {
  it("answers one session's events in time order, ties in arrival order", async () => {
    const { events } = await getJson<{ events: TelemetryEvent[] }>(`/api/sessions/${first}/events`)
    expect(events.map((e) => e.type)).toEqual([
      'session_started',
      'task_started',
      'step_completed',
      'step_started',
      'hint_shown',
      'mistake',
      'task_completed',
      'task_abandoned',
      'setting_changed',
      'session_ended',
    ])
    expect(events[0]).toEqual({ ...firstVisit[1], source: 'visitor' })
    expect(events.at(-1)?.source).toBe('staff')
  })

  it('answers 400 for an id that is not a UUID and 404 for an unknown session', async () => {
    expect((await test.staffGet('/api/sessions/not-a-uuid/events', token)).status).toBe(400)
    const unknown = await test.staffGet(`/api/sessions/${randomUUID()}/events`, token)
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({ error: 'Not Found' })
  })
})

/** A small RFC 4180 reader, to check the export from the outside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i += 1
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i += 1
    } else cell += char
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}

describe('GET /api/export.csv', () => {
  it('answers every event as CSV with a header row, quoted and safe from formulas', async () => {
    const answer = await test.staffGet('/api/export.csv', token)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(answer.headers.get('content-disposition')).toMatch(/attachment; filename="digidel-events\.csv"/)
    const text = await answer.text()
    const rows = parseCsv(text)
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows).toHaveLength(1 + legacyRows.length + 13)
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length)

    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name)
    const ofLegacy = rows.filter((row) => row[column('session_id')] === legacy)
    expect(ofLegacy.map((row) => [row[column('scene')], row[column('task')], row[column('step')]])).toEqual([
      ['bank', `'=HYPERLINK("http://x.invalid","click")`, ''],
      ["'@SUM(A1:A2)", 'pay-bill', `'+1, "quoted"\nnext line`],
      ["'-2+3", 'pay-bill', 'enter-amount'],
      ["ok;'=1+1", 'pay-bill', "' =1+1"],
      ["line\n'=1+1", 'pay-bill', "tab\t'@cmd"],
      ["a\r\n'-1", 'pay-bill', "'  +1"],
    ])
    expect(JSON.parse(ofLegacy[1]?.[column('payload')] ?? '')).toEqual({ stepIndex: 0, code: 'mismatch' })
    // No line of the file, split at any separator a spreadsheet may use, starts a formula.
    for (const line of text.split(/\r\n|\n|\r/)) {
      for (const piece of line.split(/[,;\t]/)) expect(piece.replace(/^[\s"]+/, '')).not.toMatch(/^[=+\-@]/)
    }

    const stepCompleted = rows.find((row) => row[column('type')] === 'step_completed')
    expect(stepCompleted?.[column('duration_ms')]).toBe('12500')
    expect(stepCompleted?.[column('step_index')]).toBe('0')
  })

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=1+1', "'=1+1"],
    ['\tcmd', `"'\tcmd"`],
    [' =1+1', "' =1+1"],
    ['  @SUM(A1)', "'  @SUM(A1)"],
    ['ok;=1+1', `"ok;'=1+1"`],
    ['ok,-1', `"ok,'-1"`],
    ['ok\t+1', `"ok\t'+1"`],
    ['one\n=two', `"one\n'=two"`],
    ['one\r\n @two', `"one\r\n' @two"`],
    ['a;b', '"a;b"'],
    ['2024-01-01', '2024-01-01'],
    ['-', "'-"],
  ])('guards the cell %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })

  it('writes null and numbers as they are', () => {
    expect(csvCell(null)).toBe('')
    expect(csvCell(42)).toBe('42')
    expect(csvCell(-1)).toBe('-1')
  })
})

describe('GET /api/export/xapi', () => {
  it('answers valid xAPI 1.0.3 statements for the exported event types', async () => {
    const { statements } = await getJson<{ statements: XapiStatement[] }>('/api/export/xapi')
    // step_started and setting_changed are not exported.
    expect(statements).toHaveLength(11)
    for (const statement of statements) expect(xapiErrors(statement)).toEqual([])
    const origin = new URL(test.server.httpUrl).origin

    const ofFirst = statements.filter((s) => s.context.registration === first)
    expect(ofFirst.map((s) => s.verb.id.split('/').pop())).toEqual([
      'initialized',
      'attempted',
      'progressed',
      'experienced',
      'interacted',
      'completed',
      'abandoned',
      'terminated',
    ])
    for (const statement of ofFirst) {
      expect(statement.actor).toEqual({ objectType: 'Agent', account: { homePage: origin, name: first } })
      expect(statement.context.language).toBe('sv')
      expect(statement.version).toBe('1.0.3')
      expect(statement.object.id.startsWith(`${origin}/xapi/activities/`)).toBe(true)
    }

    const completed = ofFirst.find((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/completed')
    expect(completed).toMatchObject({
      id: firstVisit[6]?.id,
      verb: { display: { 'en-US': 'completed' } },
      object: {
        objectType: 'Activity',
        id: `${origin}/xapi/activities/task/pay-bill`,
        definition: { name: { 'en-US': 'pay-bill' } },
      },
      result: {
        success: true,
        completion: true,
        duration: 'PT20S',
        extensions: { [`${origin}/xapi/extensions/hints`]: 1, [`${origin}/xapi/extensions/mistakes`]: 1 },
      },
      context: { platform: 'Digidel VR 0.1.0 (vr)' },
      timestamp: at(21),
    })

    const progressed = ofFirst.find((s) => s.verb.id.endsWith('/progressed'))
    expect(progressed?.object.id).toBe(`${origin}/xapi/activities/task/pay-bill/step/open-app`)
    expect(progressed?.result).toMatchObject({ duration: 'PT12.5S', completion: true, success: true })
    expect(progressed?.context.contextActivities?.parent?.[0]?.id).toBe(
      `${origin}/xapi/activities/task/pay-bill`,
    )

    const abandoned = ofFirst.find((s) => s.verb.id === 'https://w3id.org/xapi/adl/verbs/abandoned')
    expect(abandoned?.result).toMatchObject({ success: false, completion: false, duration: 'PT3S' })

    // Rows that today's schema refuses never reach xAPI.
    expect(statements.some((s) => s.context.registration === legacy)).toBe(false)
  })

  it('filters by date and takes the origin in IRIs from PUBLIC_ORIGIN when set', async () => {
    const named = await startTestServer({ publicOrigin: 'https://digidel.library.example' })
    try {
      await named.postEvents(secondVisit)
      const answer = await named.staffGet(
        `/api/export/xapi?from=${encodeURIComponent(at(101))}`,
        await named.login(),
      )
      const { statements } = (await answer.json()) as { statements: XapiStatement[] }
      expect(statements).toHaveLength(2)
      for (const statement of statements) {
        expect(xapiErrors(statement)).toEqual([])
        expect(statement.actor.account.homePage).toBe('https://digidel.library.example')
      }
    } finally {
      await named.stop()
    }
  })

  it('writes durations as ISO 8601', () => {
    expect(isoDuration(12500)).toBe('PT12.5S')
    expect(isoDuration(0)).toBe('PT0S')
    expect(isoDuration(604_800_000)).toBe('PT604800S')
    expect(isoDuration(1234)).toBe('PT1.23S')
    for (const ms of [0, 1, 999, 12500, 604_800_000]) expect(isoDuration(ms)).toMatch(ISO_DURATION)
  })

  it('the validator catches what it claims to check', () => {
    expect(xapiErrors({})).not.toEqual([])
    expect(
      xapiErrors({
        id: 'nope',
        actor: { objectType: 'Agent', mbox: 'mailto:a@b.c', account: { homePage: 'x', name: 'y' } },
        verb: { id: 'completed', display: { 'not a tag!': 'x' } },
        object: { id: 'relative/iri' },
        result: { duration: '12.5 seconds', extensions: { hints: 1 } },
        context: { registration: 'abc', language: '!!' },
        timestamp: 'yesterday',
        version: '2.0.0',
        extra: true,
      }),
    ).toEqual([
      'statement: unknown property extra',
      'id: must be a UUID',
      'actor: exactly one inverse functional identifier',
      'actor.account.homePage: must be an IRL',
      'verb.id: must be an IRI',
      'verb.display: not a tag! is not an RFC 5646 tag',
      'object.id: must be an IRI',
      'result.duration: ISO 8601 duration',
      'result.extensions: key hints is not an IRI',
      'context.registration: UUID',
      'context.language: RFC 5646 tag',
      'timestamp: ISO 8601 with a time zone',
      'version: 1.0.x',
    ])
  })
})
