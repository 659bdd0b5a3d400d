import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CSV_COLUMNS } from '../../../src/server/csv'
import { AUTHORED_TITLES, authoredErrandFile } from '../../fixtures/authored-errand'
import { DATABASE_KIND, makeEvent, startTestServer, type TestServer } from './harness'

// The stats CSVs and the events export name a task by its title with ?lang=: a published errand from its own
// package, a built-in one from the app's texts. Without ?lang= the files keep the columns they always had.

let test: TestServer
let token: string

beforeAll(async () => {
  test = await startTestServer()
  token = await test.login()
  const published = await test.postJson('/api/staff/errands/publish', authoredErrandFile('csv-titled'), {
    authorization: `Bearer ${token}`,
  })
  expect(published.status).toBe(201)
  const visit = (task: string, scene: string) => [
    makeEvent('task_started', { stepCount: 7 }, { scene, task }),
    makeEvent('task_completed', { durationMs: 9000, stepCount: 7, hints: 0, mistakes: 0 }, { scene, task }),
  ]
  const answer = await test.postEvents([...visit('csv-titled', 'e-service'), ...visit('pay-bill', 'bank')])
  expect(await answer.json()).toMatchObject({ accepted: 4, rejected: [] })
})
afterAll(() => test.stop())

const lines = async (path: string) => {
  const answer = await test.staffGet(path, token)
  expect(answer.status).toBe(200)
  return (await answer.text()).split('\r\n').filter((line) => line !== '')
}

describe(`CSV titles (${DATABASE_KIND})`, () => {
  it('title a published errand from its package in the language asked, as a built-in task is titled', async () => {
    for (const [lang, title] of Object.entries(AUTHORED_TITLES)) {
      const funnel = await lines(`/api/stats/funnel.csv?task=csv-titled&lang=${lang}`)
      expect(funnel[0]).toBe('stage,step_number,step,visits,drop_off,drop_off_share,task_title')
      expect(funnel.length).toBeGreaterThan(2)
      for (const line of funnel.slice(1)) expect(line.endsWith(`,${title}`), line).toBe(true)
    }
    const builtIn = await lines('/api/stats/funnel.csv?task=pay-bill&lang=en')
    expect(builtIn[1]).toBe('started,,,1,0,,Pay a bill')

    const events = await lines('/api/export.csv?lang=en')
    expect(events[0]).toBe([...CSV_COLUMNS, 'task_title'].join(','))
    const taskColumn = CSV_COLUMNS.indexOf('task')
    const titled = events.slice(1).map((line) => line.split(','))
    expect(titled.filter((cells) => cells[taskColumn] === 'csv-titled').map((cells) => cells.at(-1))).toEqual(
      [AUTHORED_TITLES.en, AUTHORED_TITLES.en],
    )
    expect(titled.filter((cells) => cells[taskColumn] === 'pay-bill').map((cells) => cells.at(-1))).toEqual([
      'Pay a bill',
      'Pay a bill',
    ])
  })

  it('keep their columns without ?lang=, and refuse a language the app does not have', async () => {
    expect((await lines('/api/stats/funnel.csv?task=csv-titled'))[0]).toBe(
      'stage,step_number,step,visits,drop_off,drop_off_share',
    )
    expect((await lines('/api/stats/visits.csv?lang=en'))[0]).not.toContain('task_title')
    expect((await lines('/api/export.csv'))[0]).toBe(CSV_COLUMNS.join(','))
    for (const path of ['/api/stats/funnel.csv?task=csv-titled&lang=de', '/api/export.csv?lang=xx']) {
      const answer = await test.staffGet(path, token)
      expect(answer.status).toBe(400)
      expect(((await answer.json()) as { message: string }).message).toBe(
        'lang: expected one of sv, sv-easy, en, ar',
      )
    }
  })
})
