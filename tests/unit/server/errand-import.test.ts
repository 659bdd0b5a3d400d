import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authoredErrandFile } from '../../fixtures/authored-errand'
import { DATABASE_KIND, startTestServer, type TestServer } from './harness'

let test: TestServer
let token: string

beforeAll(async () => {
  test = await startTestServer()
  token = await test.login()
})
afterAll(() => test.stop())

type Problems = Record<string, { path: (string | number)[]; message: string }[]>

/** Six files another branch might send that must not get in, each with the problem staff should read. */
function brokenFiles(): { name: string; body: string; file: string; message: RegExp }[] {
  const wrongFormat = { ...authoredErrandFile('imported'), format: 'digidel-errand/2' }
  const noArabic = authoredErrandFile('imported') as unknown as { texts: Record<string, unknown> }
  delete noArabic.texts.ar
  const undrawn = authoredErrandFile('imported')
  const steps = undrawn.files['task.json'].steps as { targets: string[] }[]
  if (steps[0] !== undefined) steps[0].targets = ['eservice.home.nothing-here']
  const builtIn = authoredErrandFile('pay-bill')
  const address = authoredErrandFile('imported')
  address.texts.en['imported.summary'] = 'Load https://example.com/x.js first'
  return [
    {
      name: 'not JSON',
      body: '{"format": "digidel-errand/1", ',
      file: '(file)',
      message: /not valid JSON|JSON/,
    },
    {
      name: 'a later format',
      body: JSON.stringify(wrongFormat),
      file: '(file)',
      message: /digidel-errand\/1/,
    },
    {
      name: 'a language missing',
      body: JSON.stringify(noArabic),
      file: '(file)',
      message: /expected record|object/,
    },
    {
      name: 'a target no page draws',
      body: JSON.stringify(undrawn),
      file: 'task.json',
      message: /"eservice.home.nothing-here" is drawn by no block/,
    },
    {
      name: 'a built-in task id',
      body: JSON.stringify(builtIn),
      file: 'task.json',
      message: /built-in task/,
    },
    {
      name: 'an address',
      body: JSON.stringify(address),
      file: 'texts.en',
      message: /no addresses/,
    },
  ]
}

describe(`importing an errand file (${DATABASE_KIND})`, () => {
  it('refuses six broken files, each with its problems listed by file, and stores nothing', async () => {
    for (const broken of brokenFiles()) {
      const answer = await fetch(test.url('/api/staff/errands/import'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: broken.body,
      })
      expect(answer.status, broken.name).toBe(400)
      const { problems } = (await answer.json()) as { problems: Problems }
      expect(
        problems[broken.file]?.map((problem) => problem.message) ?? [],
        `${broken.name}: ${JSON.stringify(problems)}`,
      ).toContainEqual(expect.stringMatching(broken.message))
    }
    const list = (await (await test.staffGet('/api/staff/errands', token)).json()) as { errands: unknown[] }
    expect(list.errands).toEqual([])
    expect(
      ((await (await fetch(test.url('/api/errands'))).json()) as { errands: unknown[] }).errands,
    ).toEqual([])
  })
})
