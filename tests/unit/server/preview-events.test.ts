import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DATABASE_KIND, makeEvent, startTestServer, type TestServer } from './harness'

let test: TestServer
let token: string
const visit = randomUUID()
const preview = randomUUID()

/** A short visit on pay-bill: started, completed. */
function visitEvents(sessionId: string, extra: { preview?: true; task?: string } = {}) {
  const { task = 'pay-bill', ...marks } = extra
  return [
    makeEvent('session_started', {}, { sessionId, task: null, ...marks }),
    makeEvent('task_started', { stepCount: 11 }, { sessionId, task, ...marks }),
    makeEvent(
      'mistake',
      { stepIndex: 2, code: 'cancelled' },
      { sessionId, task, step: 'confirm-eid', ...marks },
    ),
    makeEvent(
      'task_completed',
      { durationMs: 20_000, stepCount: 11, hints: 0, mistakes: 1 },
      {
        sessionId,
        task,
        ...marks,
      },
    ),
  ]
}

beforeAll(async () => {
  test = await startTestServer()
  token = await test.login()
  const answer = await test.postEvents(visitEvents(visit))
  expect(await answer.json()).toMatchObject({ accepted: 4, rejected: [] })
})
afterAll(() => test.stop())

describe(`a preview's events (${DATABASE_KIND})`, () => {
  it('are taken, even for a draft whose ids no catalog has, and never counted anywhere', async () => {
    const answer = await test.postEvents([
      ...visitEvents(preview, { preview: true }),
      ...visitEvents(preview, { preview: true, task: 'draft-only-errand' }).slice(1),
    ])
    expect(answer.status).toBe(200)
    expect(await answer.json()).toEqual({ accepted: 7, duplicates: 0, rejected: [] })

    const stats = (await (await test.staffGet('/api/stats', token)).json()) as {
      sessions: { total: number }
      tasks: { task: string; visits: { started: number; completed: number } }[]
    }
    expect(stats.sessions.total).toBe(1)
    expect(stats.tasks.map(({ task, visits }) => ({ task, visits }))).toEqual([
      { task: 'pay-bill', visits: expect.objectContaining({ started: 1, completed: 1 }) },
    ])

    const report = (await (await test.staffGet('/api/report?task=pay-bill', token)).json()) as {
      tried: unknown
      mistakes: { visits: unknown }[]
    }
    expect(report.tried).toBe('<5')
    expect(report.mistakes.map((mistake) => mistake.visits)).toEqual(['<5'])

    const csv = await (await test.staffGet('/api/export.csv', token)).text()
    expect(csv).toContain(visit)
    expect(csv).not.toContain(preview)
    expect(csv.trim().split('\r\n')).toHaveLength(1 + 4)

    const xapi = await (await test.staffGet('/api/export/xapi', token)).text()
    expect(xapi).toContain(visit)
    expect(xapi).not.toContain(preview)

    const sessions = (await (await test.staffGet('/api/sessions', token)).json()) as {
      sessions: { sessionId: string }[]
    }
    expect(sessions.sessions.map((session) => session.sessionId)).toEqual([visit])
  })

  it('are refused when the mark is anything but true', async () => {
    const [event] = visitEvents(randomUUID())
    const answer = await test.postEvents([
      { ...event, preview: false },
      { ...event, id: randomUUID(), preview: 'yes' },
    ])
    expect(answer.status).toBe(422)
    const body = (await answer.json()) as { rejected: { reason: string }[] }
    expect(body.rejected.map((rejection) => rejection.reason)).toEqual([
      expect.stringContaining('preview'),
      expect.stringContaining('preview'),
    ])
  })
})
