import { describe, expect, it } from 'vitest'
import mailboxTask from '../../../scenes/e-service/errands/digital-mailbox/task.json'
import mailboxPages from '../../../scenes/e-service/errands/digital-mailbox/pages.json'
import mailboxPractice from '../../../scenes/e-service/errands/digital-mailbox/practice.json'
import mailboxDocument from '../../../scenes/e-service/errands/digital-mailbox/document.json'
import sharedPages from '../../../scenes/e-service/pages.json'
import { appErrandContext } from '../../../src/errands/errands'
import { checkErrandFile, ERRAND_FILE_FORMAT } from '../../../src/errands/errand-file'
import { LOCALES } from '../../../src/domain/locales'

const ID = 'mailbox-copy'

/** The mailbox errand as one authored file under a new id, with its own title text in every language. */
function authored(): Record<string, unknown> & {
  texts: Record<string, Record<string, string>>
  files: Record<string, Record<string, unknown>>
} {
  const texts = Object.fromEntries(LOCALES.map(({ code }) => [code, { [`${ID}.title`]: `Title ${code}` }]))
  return structuredClone({
    format: ERRAND_FILE_FORMAT,
    scene: 'e-service',
    files: {
      'task.json': { ...mailboxTask, id: ID, titleKey: `${ID}.title` },
      'pages.json': { ...sharedPages, ...mailboxPages },
      'practice.json': mailboxPractice,
      'document.json': mailboxDocument,
    },
    texts,
  })
}

function problems(data: unknown): Record<string, string[]> {
  const result = checkErrandFile(data, appErrandContext)
  if (!('problems' in result)) return {}
  return Object.fromEntries(
    Object.entries(result.problems).map(([file, errors]) => [
      file,
      (errors ?? []).map((error) => `${error.path.join('.')}: ${error.message}`),
    ]),
  )
}

describe('a one-file errand', () => {
  it('passes the package checks with its own texts, and keeps them', () => {
    const result = checkErrandFile(authored(), appErrandContext)
    expect('checked' in result && result.checked.errand.task.id).toBe(ID)
    expect('checked' in result && result.checked.texts.ar[`${ID}.title`]).toBe('Title ar')
  })

  it('is refused when it is not an errand file at all, naming the field', () => {
    expect(problems({ format: 'something-else' })['(file)']).toEqual(
      expect.arrayContaining([expect.stringMatching(/^format: /), expect.stringMatching(/^files: /)]),
    )
  })

  it('is refused when one of its own texts lacks a language, naming the step field', () => {
    const file = authored()
    delete file.texts.ar?.[`${ID}.title`]
    expect(problems(file)['task.json']).toEqual([`: no Arabic text (ar) for "${ID}.title"`])
  })

  it('may not bring a text of another errand (it would change that errand)', () => {
    const file = authored()
    for (const texts of Object.values(file.texts)) texts['mailbox.title'] = 'Hijacked'
    expect(problems(file)['texts.sv']).toEqual([
      `mailbox.title: a text of this errand must start with "${ID}." (its task id), so it cannot change another errand's text`,
    ])
  })

  it("must take place in the file's scene", () => {
    const file = authored()
    file.scene = 'bank'
    expect(problems(file)['task.json']).toEqual([
      'scene: the file\'s scene is "bank", the task\'s is "e-service"',
    ])
  })
})
