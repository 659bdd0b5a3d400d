import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../../../src/domain/locales'
import { checkErrandFile, type ErrandFile } from '../../../../src/errands/errand-file'
import { pageTextKeys } from '../../../../src/errands/page-ids'
import { DICTIONARY } from '../../../../src/i18n/dictionary'
import { builtInErrands } from '../../../../src/staff/studio/builtin-errands'
import { taskIdOf, withTaskId } from '../../../../src/staff/studio/duplicate'
import { STUDIO_CONTEXT } from '../../../../src/staff/studio/errand-context'
import { addStep, setInFile, setText, stepsOf } from '../../../../src/staff/studio/errand-edits'
import { getAt } from '../../../../src/staff/studio/json-path'
import {
  BLOCK_KINDS,
  customComponents,
  listOfBlock,
  newBlock,
  withListItem,
  type BlockKind,
} from '../../../../src/staff/studio/new-blocks'

function copyOfBookVisit(): ErrandFile {
  const found = builtInErrands().find(({ file }) => taskIdOf(file) === 'book-visit')
  if (!found) throw new Error('no book-visit')
  return withTaskId(found.file, 'adviser', (locale, key) => DICTIONARY[locale][key])
}

const problemsOf = (file: ErrandFile) => {
  const result = checkErrandFile(file, STUDIO_CONTEXT)
  return 'problems' in result ? result.problems : {}
}

/** The file with a block added at the end of a stage's page. */
function withBlock(file: ErrandFile, stage: string, block: unknown): ErrandFile {
  const blocks = getAt(file.files['pages.json'], [stage, 'blocks'])
  return setInFile(file, 'pages.json', [stage, 'blocks', Array.isArray(blocks) ? blocks.length : 0], block)
}

/** The file with every text a block names written in all four languages, as an author fills the flagged fields. */
function withTextsOf(file: ErrandFile, block: unknown): ErrandFile {
  let next = file
  for (const { key } of pageTextKeys(block))
    for (const { code } of LOCALES) next = setText(next, code, key, `${key} (${code})`)
  return next
}

const pickTime = (file: ErrandFile) => {
  const index = stepsOf(file).findIndex((step) => step.id === 'pick-time')
  return { step: stepsOf(file)[index], stage: String(stepsOf(file)[index]?.stage) }
}

describe('new blocks on a page', () => {
  it('offers every block kind of the page language', () => {
    expect([...BLOCK_KINDS].sort()).toEqual(
      [
        'buttons',
        'calendar',
        'card',
        'checkbox',
        'choice',
        'custom',
        'dialog',
        'eid',
        'facts',
        'feedback',
        'field',
        'heading',
        'messages',
        'receipt',
        'text',
        'time-slots',
      ].sort(),
    )
  })

  it.each(BLOCK_KINDS.map((kind) => [kind]))(
    'adds a %s block whose only problems are its own texts to write, each flagged, and none once written',
    (kind: BlockKind) => {
      const file = copyOfBookVisit()
      expect(problemsOf(file)).toEqual({})
      const { step, stage } = pickTime(file)
      const components = customComponents(
        builtInErrands().map((errand) => errand.file),
        'e-service',
      )
      const block = newBlock({ file, stage, step, components }, kind)
      const added = withBlock(file, stage, block)
      const keys = pageTextKeys(block).map(({ key }) => key)
      const problems = problemsOf(added)
      // Nothing but the block's texts, each missing in each of the four languages.
      expect(Object.keys(problems)).toEqual(keys.length === 0 ? [] : ['pages.json'])
      expect(problems['pages.json']?.length ?? 0).toBe(keys.length * LOCALES.length)
      for (const problem of problems['pages.json'] ?? [])
        expect(keys.some((key) => problem.message.includes(`"${key}"`))).toBe(true)
      expect(problemsOf(withTextsOf(added, block))).toEqual({})
    },
  )

  it("names a component of the errand's scene in a custom block", () => {
    const file = copyOfBookVisit()
    const components = customComponents(
      builtInErrands().map((errand) => errand.file),
      'e-service',
    )
    expect(components).toEqual(['catalogue'])
    const { step, stage } = pickTime(file)
    expect(newBlock({ file, stage, step, components }, 'custom')).toEqual({
      type: 'custom',
      component: 'catalogue',
    })
    expect(newBlock({ file, stage, step }, 'custom')).toEqual({ type: 'custom', component: '' })
  })

  it("gives a block that shows a field the step's own field, so the step's rule finds it on its page", () => {
    const file = copyOfBookVisit()
    const { step, stage } = pickTime(file)
    expect(newBlock({ file, stage, step }, 'time-slots')).toMatchObject({
      type: 'time-slots',
      field: getAt(step, ['complete', 'params', 'field']),
      free: `adviser.${stage}.time-slots-1.free`,
      taken: `adviser.${stage}.time-slots-1.taken`,
    })
    // A kind the rule does not ask for gets a field of its own.
    expect(newBlock({ file, stage, step }, 'calendar')).toMatchObject({ field: 'calendar-1' })
    // A second block of a kind gets fresh keys.
    const once = withBlock(file, stage, newBlock({ file, stage, step }, 'heading'))
    expect(newBlock({ file: once, stage, step }, 'heading')).toEqual({
      type: 'heading',
      text: `adviser.${stage}.heading-2.text`,
    })
  })

  it("draws a new step's control with a new button row, which ends that step's problem", () => {
    const file = copyOfBookVisit()
    const { stage } = pickTime(file)
    const index = stepsOf(file).findIndex((step) => step.id === 'pick-time')
    let added = addStep(file, index)
    added = setInFile(added, 'task.json', ['steps', index + 1, 'targets'], ['eservice.visit-time.help'])
    added = setInFile(
      added,
      'task.json',
      ['steps', index + 1, 'complete', 'params', 'target'],
      'eservice.visit-time.help',
    )
    const drawnBy = (data: ErrandFile) =>
      (problemsOf(data)['task.json'] ?? []).map(({ message }) => message).join('\n')
    expect(drawnBy(added)).toContain('"eservice.visit-time.help" is drawn by no block')
    const block = newBlock({ file: added, stage, step: stepsOf(added)[index + 1] }, 'buttons')
    expect(getAt(block, ['buttons', 0, 'id'])).toBe('eservice.visit-time.help')
    expect(drawnBy(withBlock(added, stage, block))).not.toContain('drawn by no block')
  })

  it('lengthens the list a block holds, with fresh keys', () => {
    const file = copyOfBookVisit()
    const { step, stage } = pickTime(file)
    const facts = newBlock({ file, stage, step }, 'facts')
    expect(listOfBlock(facts)).toBe('rows')
    const longer = withListItem(withBlock(file, stage, facts), facts, 'rows')
    expect(getAt(longer, ['rows', 1])).toEqual({
      label: `adviser.${stage}.facts-1.row-2.label`,
      value: `adviser.${stage}.facts-1.row-2.value`,
    })
    const buttons = newBlock({ file, stage, step }, 'buttons')
    expect(getAt(withListItem(file, buttons, 'buttons'), ['buttons', 1])).toEqual({
      id: `adviser.${stage}.buttons-1.button-2`,
      label: `adviser.${stage}.buttons-1.button-2`,
    })
    expect(listOfBlock(newBlock({ file, stage, step }, 'heading'))).toBeNull()
    const placed = withBlock(file, stage, withListItem(file, facts, 'rows'))
    expect(problemsOf(withTextsOf(placed, withListItem(file, facts, 'rows')))).toEqual({})
  })
})
