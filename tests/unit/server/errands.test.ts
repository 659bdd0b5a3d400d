import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AUTHORED_TITLES, authoredErrandFile } from '../../fixtures/authored-errand'
import { DATABASE_KIND, makeEvent, startTestServer, type TestServer } from './harness'

let test: TestServer
let token: string

beforeAll(async () => {
  test = await startTestServer()
  token = await test.login()
})
afterAll(() => test.stop())

const staff = () => ({ authorization: `Bearer ${token}` })

interface Problems {
  problems: Record<string, { path: (string | number)[]; message: string }[]>
}

async function authored(): Promise<
  {
    id: string
    published: number | null
    versions: { version: number; status: string; note: string | null }[]
  }[]
> {
  const answer = await test.staffGet('/api/staff/errands', token)
  expect(answer.status).toBe(200)
  return ((await answer.json()) as { errands: never[] }).errands
}

async function publicList(): Promise<
  { id: string; version: number; file: { texts: { en: Record<string, string> } } }[]
> {
  const answer = await fetch(test.url('/api/errands'))
  expect(answer.status).toBe(200)
  return ((await answer.json()) as { errands: never[] }).errands
}

/** A copy of the errand with another English title, as a later edit. */
function withTitle(id: string, title: string) {
  const file = authoredErrandFile(id)
  file.texts.en[`${id}.title`] = title
  return file
}

describe(`authored errands over HTTP (${DATABASE_KIND})`, () => {
  it('needs a staff token for everything but the public list', async () => {
    const file = authoredErrandFile('needs-token')
    for (const path of ['check', 'publish', 'import', 'needs-token/unpublish', 'needs-token/rollback']) {
      expect((await test.postJson(`/api/staff/errands/${path}`, file)).status, path).toBe(401)
    }
    expect((await fetch(test.url('/api/staff/errands'))).status).toBe(401)
    expect((await fetch(test.url('/api/staff/errands/needs-token/export'))).status).toBe(401)
    expect((await fetch(test.url('/api/errands'))).status).toBe(200)
    expect(await authored()).toEqual([])
  })

  it('checks a file: a good one passes, a bad one is answered with its problems by file', async () => {
    const good = await test.postJson('/api/staff/errands/check', authoredErrandFile('checked'), staff())
    expect(good.status).toBe(200)
    expect(await good.json()).toEqual({ ok: true })
    const file = authoredErrandFile('checked')
    delete file.texts.ar['checked.title']
    const bad = await test.postJson('/api/staff/errands/check', file, staff())
    expect(bad.status).toBe(400)
    const { problems } = (await bad.json()) as Problems
    expect(problems['task.json']).toContainEqual({
      path: [],
      message: 'no Arabic text (ar) for "checked.title"',
    })
  })

  it('publishes versions, lists them, rolls back and unpublishes; stations read only the current one', async () => {
    const first = await test.postJson(
      '/api/staff/errands/publish',
      { ...withTitle('library-card', 'Library card, first'), note: 'first try' },
      staff(),
    )
    expect(first.status).toBe(201)
    expect(await first.json()).toEqual({ id: 'library-card', version: 1, status: 'published' })
    const second = await test.postJson(
      '/api/staff/errands/publish',
      withTitle('library-card', 'Library card, second'),
      staff(),
    )
    expect(await second.json()).toEqual({ id: 'library-card', version: 2, status: 'published' })

    let list = await publicList()
    expect(list.map(({ id, version }) => ({ id, version }))).toEqual([{ id: 'library-card', version: 2 }])
    expect(list[0]?.file.texts.en['library-card.title']).toBe('Library card, second')
    const errand = (await authored()).find((candidate) => candidate.id === 'library-card')
    expect(errand?.published).toBe(2)
    expect(errand?.versions.map(({ version, status, note }) => ({ version, status, note }))).toEqual([
      { version: 1, status: 'unpublished', note: 'first try' },
      { version: 2, status: 'published', note: null },
    ])

    const rollback = await test.postJson('/api/staff/errands/library-card/rollback', { version: 1 }, staff())
    expect(rollback.status).toBe(200)
    list = await publicList()
    expect(list.map(({ version }) => version)).toEqual([1])
    expect(list[0]?.file.texts.en['library-card.title']).toBe('Library card, first')
    // Versions never change: rolling back stored nothing new.
    expect((await authored()).find((candidate) => candidate.id === 'library-card')?.versions).toHaveLength(2)

    expect(
      (await test.postJson('/api/staff/errands/library-card/rollback', { version: 9 }, staff())).status,
    ).toBe(404)
    const unpublish = await test.postJson('/api/staff/errands/library-card/unpublish', {}, staff())
    expect(unpublish.status).toBe(200)
    expect(await publicList()).toEqual([])
    expect((await test.postJson('/api/staff/errands/library-card/unpublish', {}, staff())).status).toBe(404)
    // Published again from an old version.
    await test.postJson('/api/staff/errands/library-card/rollback', { version: 2 }, staff())
    expect((await publicList()).map(({ version }) => version)).toEqual([2])
  })

  it('refuses a task id of the app, a text of the app, markup and addresses, storing nothing', async () => {
    const before = await authored()
    const builtIn = authoredErrandFile('book-visit')
    const taken = await test.postJson('/api/staff/errands/publish', builtIn, staff())
    expect(taken.status).toBe(400)
    expect(((await taken.json()) as Problems).problems['task.json']?.[0]?.message).toMatch(/built-in task/)

    const scene = await test.postJson('/api/staff/errands/publish', authoredErrandFile('lobby'), staff())
    expect(((await scene.json()) as Problems).problems['task.json']?.[0]?.message).toMatch(/built-in scene/)

    const markup = authoredErrandFile('marked-up')
    markup.texts.sv['marked-up.title'] = 'Boka <b>nu</b>'
    markup.files['task.json'].summaryKey = 'marked-up.summary'
    markup.texts.en['marked-up.summary'] = 'See https://example.com'
    const answer = await test.postJson('/api/staff/errands/publish', markup, staff())
    expect(answer.status).toBe(400)
    const { problems } = (await answer.json()) as Problems
    expect(problems['texts.sv']).toEqual([
      { path: ['marked-up.title'], message: 'no markup: write plain text' },
    ])
    expect(problems['texts.en']).toEqual([
      { path: ['marked-up.summary'], message: 'no addresses: an errand holds text only' },
    ])
    expect(await authored()).toEqual(before)
  })

  it('refuses bodies that are not JSON, too large, or have a bad note, in the same problems shape', async () => {
    const notJson = await fetch(test.url('/api/staff/errands/publish'), {
      method: 'POST',
      headers: { ...staff(), 'content-type': 'application/json' },
      body: '{ "format": ',
    })
    expect(notJson.status).toBe(400)
    expect(Object.keys(((await notJson.json()) as Problems).problems)).toEqual(['(file)'])
    const large = authoredErrandFile('too-large')
    large.texts.sv['too-large.summary'] = 'x'.repeat(300 * 1024)
    const tooLarge = await test.postJson('/api/staff/errands/publish', large, staff())
    expect(tooLarge.status).toBe(413)
    expect(((await tooLarge.json()) as Problems).problems['(file)']?.[0]?.message).toMatch(/at most 256 KiB/)
    const note = await test.postJson(
      '/api/staff/errands/publish',
      { ...authoredErrandFile('bad-note'), note: 'line one\nline two' },
      staff(),
    )
    expect(note.status).toBe(400)
    expect(((await note.json()) as Problems).problems['(file)']?.[0]?.path).toEqual(['note'])
    expect((await authored()).map(({ id }) => id)).not.toContain('bad-note')
  })

  it('exports one file that imports again elsewhere as an unpublished draft', async () => {
    await test.postJson('/api/staff/errands/publish', authoredErrandFile('exported'), staff())
    const exported = await test.staffGet('/api/staff/errands/exported/export', token)
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-disposition')).toBe(
      'attachment; filename="exported-v1.digidel-errand.json"',
    )
    const file = (await exported.json()) as ReturnType<typeof authoredErrandFile>
    expect(file).toEqual(authoredErrandFile('exported'))
    expect((await test.staffGet('/api/staff/errands/nothing-here/export', token)).status).toBe(404)

    const imported = await test.postJson('/api/staff/errands/import', file, staff())
    expect(imported.status).toBe(201)
    expect(await imported.json()).toEqual({ id: 'exported', version: 2, status: 'unpublished' })
    // The published version stays the one stations run until staff publish the draft.
    expect((await publicList()).find(({ id }) => id === 'exported')?.version).toBe(1)
    await test.postJson('/api/staff/errands/exported/rollback', { version: 2 }, staff())
    expect((await publicList()).find(({ id }) => id === 'exported')?.version).toBe(2)
  })

  it('accepts the steps and mistakes of a published errand at ingest, and refuses an unpublished one', async () => {
    const progress = (task: string) => [
      makeEvent('task_started', { stepCount: 7 }, { scene: 'e-service', task }),
      makeEvent(
        'mistake',
        { stepIndex: 0, code: 'wrong-service' },
        { scene: 'e-service', task, step: 'start-booking' },
      ),
    ]
    const draft = await test.postJson('/api/staff/errands/import', authoredErrandFile('only-draft'), staff())
    expect(draft.status).toBe(201)
    const refused = await test.postEvents(progress('only-draft'))
    expect(refused.status).toBe(422)
    await test.postJson('/api/staff/errands/publish', authoredErrandFile('ingested'), staff())
    const accepted = await test.postEvents(progress('ingested'))
    expect(await accepted.json()).toEqual({ accepted: 2, duplicates: 0, rejected: [] })
    const wrongCode = await test.postEvents([
      makeEvent(
        'mistake',
        { stepIndex: 0, code: 'no-such-code' },
        {
          scene: 'e-service',
          task: 'ingested',
          step: 'start-booking',
        },
      ),
    ])
    expect(wrongCode.status).toBe(422)
    await test.postJson('/api/staff/errands/ingested/unpublish', {}, staff())
    expect((await test.postEvents(progress('ingested'))).status).toBe(422)
  })

  it('titles a published errand in the report and xAPI from its own texts, in the language asked for', async () => {
    await test.postJson('/api/staff/errands/publish', authoredErrandFile('titled'), staff())
    const visit = { scene: 'e-service', task: 'titled' }
    await test.postEvents([
      makeEvent('task_started', { stepCount: 7 }, visit),
      makeEvent('task_completed', { durationMs: 9000, stepCount: 7, hints: 0, mistakes: 0 }, visit),
    ])
    const report = async (lang: string) =>
      (
        (await (await test.staffGet(`/api/report?task=titled&lang=${lang}`, token)).json()) as {
          title: string
        }
      ).title
    expect(await report('en')).toBe(AUTHORED_TITLES.en)
    expect(await report('ar')).toBe(AUTHORED_TITLES.ar)
    expect(await report('sv-easy')).toBe(AUTHORED_TITLES['sv-easy'])
    const xapi = (await (await test.staffGet('/api/export/xapi', token)).json()) as {
      statements: { object: { id: string; definition: { name: Record<string, string> } } }[]
    }
    const task = xapi.statements.find((statement) => statement.object.id.endsWith('/activities/task/titled'))
    expect(task?.object.definition.name).toEqual({
      'en-US': 'titled',
      'sv-SE': AUTHORED_TITLES.sv,
      'sv-SE-x-easy': AUTHORED_TITLES['sv-easy'],
      'en-GB': AUTHORED_TITLES.en,
      ar: AUTHORED_TITLES.ar,
    })
  })
})
