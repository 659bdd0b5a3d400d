import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { XapiStatement } from '../../../src/server/xapi'
import type { Stats } from '../../../src/stats/types'
import type { IngestResponse, TelemetryEventInput } from '../../../src/telemetry/event-schema'
import { makeEvent, startTestServer } from './harness'
import type { TestServer } from './harness'
import { xapiErrors } from './xapi-validator'

// The visitor's own voice (issue 9) through the server: confidence_rated, feedback_given and help_requested are
// taken by the ingest, refused with a reason when malformed, and come out of the stats, the CSV and xAPI.

const rated = randomUUID()
const onlyBefore = randomUUID()
const onlyAfter = randomUUID()
const base = Date.now() - 60 * 60 * 1000
const at = (seconds: number) => new Date(base + seconds * 1000).toISOString()
const payBill = (sessionId: string, seconds: number) => ({ sessionId, ts: at(seconds), task: 'pay-bill' })

const confidence = (
  sessionId: string,
  seconds: number,
  phase: 'before' | 'after',
  value: 1 | 2 | 3 | 4 | 5,
) => makeEvent('confidence_rated', { phase, value }, payBill(sessionId, seconds))

const visits: TelemetryEventInput[] = [
  // Rated both (2, then 4: +2), gave feedback, and called staff once.
  confidence(rated, 0, 'before', 2),
  makeEvent('help_requested', {}, { sessionId: rated, ts: at(5) }),
  confidence(rated, 60, 'after', 4),
  makeEvent(
    'feedback_given',
    { hardest: ['enter-ocr', 'sign-eid'], unclear: ['words', 'too-fast'], tryReal: 'maybe' },
    payBill(rated, 61),
  ),
  // Rated before only (gave up): unpaired.
  confidence(onlyBefore, 100, 'before', 3),
  // Rated after only, and left "try the real e-service" unanswered.
  confidence(onlyAfter, 200, 'after', 5),
  makeEvent(
    'feedback_given',
    { hardest: ['enter-ocr'], unclear: ['nothing'], tryReal: null },
    payBill(onlyAfter, 201),
  ),
]

let test: TestServer
let token: string

beforeAll(async () => {
  test = await startTestServer()
  token = await test.login()
})
afterAll(() => test.stop())

const post = async (events: unknown[]) => {
  const answer = await test.postEvents(events as TelemetryEventInput[])
  return { status: answer.status, body: (await answer.json()) as IngestResponse }
}

describe('POST /api/events with the survey events', () => {
  it('takes confidence, feedback and calls for help', async () => {
    expect(await post(visits)).toEqual({
      status: 200,
      body: { accepted: visits.length, duplicates: 0, rejected: [] },
    })
  })

  it('refuses malformed ones with 422, naming the field, and stores none of them', async () => {
    const feedback = (payload: Record<string, unknown>, overrides: Record<string, unknown> = {}) => ({
      ...makeEvent(
        'feedback_given',
        { hardest: [], unclear: [], tryReal: 'yes' },
        payBill(randomUUID(), 300),
      ),
      ...overrides,
      payload: { hardest: [], unclear: [], tryReal: 'yes', ...payload },
    })
    const rating = (payload: Record<string, unknown>, overrides: Record<string, unknown> = {}) => ({
      ...confidence(randomUUID(), 300, 'before', 3),
      ...overrides,
      payload: { phase: 'before', value: 3, ...payload },
    })
    const bad: [unknown, RegExp][] = [
      [rating({ value: 6 }), /^events\[0\]\.payload\.value/],
      [rating({ value: 2.5 }), /^events\[1\]\.payload\.value/],
      [rating({ value: '3' }), /^events\[2\]\.payload\.value/],
      [rating({ phase: 'during' }), /^events\[3\]\.payload\.phase/],
      [rating({}, { task: null }), /^events\[4\]\.task: required/],
      [feedback({ tryReal: 'perhaps' }), /^events\[5\]\.payload\.tryReal/],
      [feedback({ unclear: ['loud'] }), /^events\[6\]\.payload\.unclear/],
      [feedback({ hardest: ['Enter OCR'] }), /^events\[7\]\.payload\.hardest/],
      [
        feedback({ hardest: ['anna-andersson'] }),
        /^events\[8\]\.payload\.hardest\[0\]: not a step of task "pay-bill"/,
      ],
      // Free text has no place: the payload is strict.
      [feedback({ comment: 'Anna Andersson, 070-123 45 67' }), /^events\[9\]\.payload/],
      [{ ...feedback({}), payload: { hardest: [], unclear: [] } }, /^events\[10\]\.payload\.tryReal/],
      [{ ...makeEvent('help_requested', {}), payload: { name: 'Anna' } }, /^events\[11\]\.payload/],
    ]
    const { status, body } = await post(bad.map(([event]) => event))
    expect(status).toBe(422)
    expect(body.accepted).toBe(0)
    expect(body.rejected.map((r) => r.index)).toEqual(bad.map((_, index) => index))
    body.rejected.forEach((rejection, index) => expect(rejection.reason).toMatch(bad[index]?.[1] ?? /^$/))
    // Nothing of it reached the data: not even the free text.
    const csv = await (await test.staffGet('/api/export.csv', token)).text()
    expect(csv).not.toContain('Anna')
    expect(csv).not.toContain('perhaps')
  })

  it('stores the valid events of a batch that also holds a malformed one', async () => {
    const good = confidence(randomUUID(), 400, 'before', 1)
    const { status, body } = await post([
      good,
      { ...good, id: randomUUID(), payload: { phase: 'before', value: 0 } },
    ])
    expect(status).toBe(200)
    expect(body).toMatchObject({ accepted: 1, rejected: [{ index: 1 }] })
  })
})

describe('the survey in the stats and the exports', () => {
  // The visits above, without the events of the refusal tests (stamped later).
  const range = `from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(250))}`

  it('gives the means before and after, the change of visits that rated both, and the chips', async () => {
    const answer = await test.staffGet(`/api/stats?task=pay-bill&${range}`, token)
    expect(answer.status).toBe(200)
    const task = ((await answer.json()) as Stats).tasks.find((t) => t.task === 'pay-bill')
    expect(task?.confidence).toEqual({
      before: { ratings: 2, mean: 2.5 },
      after: { ratings: 2, mean: 4.5 },
      paired: { visits: 1, meanChange: 2 },
    })
    expect(task?.feedback).toEqual({
      responses: 2,
      hardest: { 'enter-ocr': 2, 'sign-eid': 1 },
      unclear: { words: 1, 'too-fast': 1, nothing: 1 },
      tryReal: { yes: 0, maybe: 1, no: 0 },
    })
  })

  it('has the answers in the CSV export, and in the confidence and feedback tables', async () => {
    const csv = await (await test.staffGet(`/api/export.csv?${range}`, token)).text()
    const lines = csv.split('\r\n')
    const feedbackLine = lines.find((line) => line.includes('feedback_given') && line.includes(rated))
    expect(feedbackLine).toContain(
      '"{""hardest"":[""enter-ocr"",""sign-eid""],""unclear"":[""words"",""too-fast""],""tryReal"":""maybe""}"',
    )
    const ratings = lines.filter((line) => line.includes('confidence_rated'))
    expect(ratings).toHaveLength(4)
    expect(ratings.find((line) => line.includes(onlyBefore))).toContain(
      '"{""phase"":""before"",""value"":3}"',
    )
    expect(lines.filter((line) => line.includes('help_requested'))).toHaveLength(1)

    const table = async (name: string) =>
      (await (await test.staffGet(`/api/stats/${name}.csv?task=pay-bill&${range}`, token)).text()).split(
        '\r\n',
      )
    expect(await table('confidence')).toEqual([
      'measure,visits,mean',
      'before,2,2.5',
      'after,2,4.5',
      'change,1,2',
      '',
    ])
    expect(await table('feedback')).toEqual(
      expect.arrayContaining([
        'hardest,enter-ocr,2',
        'unclear,too-fast,1',
        'try_real,maybe,1',
        'try_real,no,0',
      ]),
    )
  })

  it('exports each answer as a valid survey-style xAPI statement', async () => {
    const answer = await test.staffGet(`/api/export/xapi?${range}`, token)
    expect(answer.status).toBe(200)
    const { statements } = (await answer.json()) as { statements: XapiStatement[] }
    for (const statement of statements) expect(xapiErrors(statement)).toEqual([])
    const origin = new URL(test.server.httpUrl).origin
    const ext = (name: string) => `${origin}/xapi/extensions/${name}`
    const responded = statements.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/responded')
    expect(responded).toHaveLength(6)
    // help_requested is not a learning record.
    expect(statements.some((s) => s.id === visits[1]?.id)).toBe(false)

    const before = responded.find((s) => s.id === visits[0]?.id)
    expect(before).toMatchObject({
      actor: { account: { name: rated } },
      object: {
        id: `${origin}/xapi/activities/task/pay-bill/survey/confidence-before`,
        definition: {
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          interactionType: 'likert',
          description: { 'en-GB': 'How sure are you that you could do this on your own?' },
        },
      },
      result: { response: '2', score: { raw: 2, min: 1, max: 5 }, extensions: { [ext('phase')]: 'before' } },
      context: { contextActivities: { parent: [{ id: `${origin}/xapi/activities/task/pay-bill` }] } },
    })
    expect(before?.object.definition).toHaveProperty('scale.length', 5)

    const feedback = responded.find((s) => s.id === visits[3]?.id)
    expect(feedback).toMatchObject({
      object: { id: `${origin}/xapi/activities/task/pay-bill/survey/feedback` },
      result: {
        response: 'hardest=enter-ocr[,]sign-eid;unclear=words[,]too-fast;try-real=maybe',
        extensions: {
          [ext('hardest')]: ['enter-ocr', 'sign-eid'],
          [ext('unclear')]: ['words', 'too-fast'],
          [ext('try-real')]: 'maybe',
        },
      },
    })
    const unanswered = responded.find((s) => s.id === visits[6]?.id)
    expect(unanswered?.result?.response).toBe('hardest=enter-ocr;unclear=nothing;try-real=')
    expect(unanswered?.result?.extensions).not.toHaveProperty([ext('try-real')])
  })
})
