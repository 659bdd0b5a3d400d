import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOCALES } from '../../../src/domain/locales'
import { clipName } from '../../../src/narration/narrated-texts'
import { authoredErrandFile } from '../../fixtures/authored-errand'
import { DATABASE_KIND, startTestServer, type TestServer } from './harness'

let test: TestServer
let token: string

beforeAll(async () => {
  test = await startTestServer()
  token = await test.login()
})
afterAll(() => test.stop())

const SPOKEN = {
  sv: 'Tryck på Boka lånekort.',
  'sv-easy': 'Tryck på Boka.',
  en: 'Press Book a library card.',
  ar: 'اضغط على حجز بطاقة مكتبة.',
} as const

describe(`narration of a published errand's own texts (${DATABASE_KIND})`, () => {
  it('is made with eSpeak NG after publishing, listed with the build clips and served by the hash of the text', async () => {
    const file = authoredErrandFile('spoken-errand')
    const task = file.files['task.json'] as { steps: { textKey: string }[] }
    const first = task.steps[0]
    if (first === undefined) throw new Error('the errand has no step')
    first.textKey = 'spoken-errand.step.start'
    for (const { code } of LOCALES) file.texts[code]['spoken-errand.step.start'] = SPOKEN[code]
    const published = await test.postJson('/api/staff/errands/publish', file, {
      authorization: `Bearer ${token}`,
    })
    expect(published.status).toBe(201)

    for (const { code } of LOCALES) {
      const clip = clipName(SPOKEN[code])
      await expect
        .poll(
          async () => (await (await fetch(test.url(`/narration/${code}/manifest.json`))).json()) as object,
          {
            timeout: 15_000,
            interval: 200,
          },
        )
        .toHaveProperty(clip)
      const audio = await fetch(test.url(`/narration/${code}/${clip}.ogg`))
      expect(audio.status).toBe(200)
      expect(audio.headers.get('content-type')).toBe('audio/ogg')
      const bytes = Buffer.from(await audio.arrayBuffer())
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('OggS')
      expect(bytes.length).toBeGreaterThan(1000)
    }
    expect((await fetch(test.url('/narration/en/..%2Fsecret.ogg'))).status).toBe(404)
    expect((await fetch(test.url('/narration/xx/manifest.json'))).status).toBe(404)
  })
})
