import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../../../src/domain/locales'
import { checkErrandFile, type ErrandFile } from '../../../../src/errands/errand-file'
import { pageTextKeys } from '../../../../src/errands/page-ids'
import { DICTIONARY } from '../../../../src/i18n/dictionary'
import { builtInErrands } from '../../../../src/staff/studio/builtin-errands'
import {
  addItem,
  addLine,
  addSection,
  createDocument,
  moveSection,
  removeDocument,
  removeItem,
  removeLine,
  removeSection,
  sectionsOf,
  setEmphasis,
  setSectionHeading,
} from '../../../../src/staff/studio/document-edits'
import { taskIdOf, withTaskId } from '../../../../src/staff/studio/duplicate'
import { STUDIO_CONTEXT } from '../../../../src/staff/studio/errand-context'
import { setInFile, setText, stepsOf } from '../../../../src/staff/studio/errand-edits'

/** The step of the adviser booking that shows its letter (its booking confirmation). */
const SHOWS_LETTER = 4

/** A copy of the adviser booking without its paper (nor the step's showing it), as an errand that has none. */
function errandWithoutPaper(): ErrandFile {
  const found = builtInErrands().find(({ file }) => taskIdOf(file) === 'book-visit')
  if (!found) throw new Error('no book-visit')
  const copy = withTaskId(found.file, 'adviser', (locale, key) => DICTIONARY[locale][key])
  expect(stepsOf(copy)[SHOWS_LETTER]?.show).toEqual(['eservice.letter'])
  return setInFile(removeDocument(copy), 'task.json', ['steps', SHOWS_LETTER, 'show'], undefined)
}

const problemsOf = (file: ErrandFile) => {
  const result = checkErrandFile(file, STUDIO_CONTEXT)
  return 'problems' in result ? result.problems : {}
}

/** Every text the paper names, written in all four languages, as an author fills the flagged fields. */
function withPaperTexts(file: ErrandFile): ErrandFile {
  let next = file
  for (const { key } of pageTextKeys(file.files['document.json']))
    for (const { code } of LOCALES) next = setText(next, code, key, `${key} (${code})`)
  return next
}

const paper = (file: ErrandFile) => file.files['document.json']

describe('a paper written from nothing', () => {
  it('makes a letter whose only problems are its texts to write, and none once they are written', () => {
    const bare = errandWithoutPaper()
    expect(paper(bare)).toBeUndefined()
    expect(problemsOf(bare)).toEqual({})
    const created = createDocument(bare)
    expect(paper(created)).toEqual({
      id: 'adviser.paper',
      nameKey: 'adviser.paper.name',
      look: 'letter',
      titleKey: 'adviser.paper.title',
      sections: [
        { headingKey: 'adviser.paper.heading-1', items: [{ paragraph: 'adviser.paper.paragraph-1' }] },
      ],
    })
    const problems = problemsOf(created)
    expect(Object.keys(problems)).toEqual(['document.json'])
    // Four texts, each missing in four languages, each named so the form shows it beside its own field.
    expect(problems['document.json']).toHaveLength(16)
    for (const problem of problems['document.json'] ?? [])
      expect(problem.message).toMatch(/^text key "adviser\.paper\./)
    expect(problemsOf(withPaperTexts(created))).toEqual({})
    // A step shows the new paper by its id.
    const shown = setInFile(created, 'task.json', ['steps', SHOWS_LETTER, 'show'], ['adviser.paper'])
    expect(problemsOf(withPaperTexts(shown))).toEqual({})
  })

  it('adds sections of label/value rows, paragraphs and lists, each with fresh keys', () => {
    let file = createDocument(errandWithoutPaper())
    file = addSection(file, 'entries')
    file = addItem(file, 1, 'list')
    file = addLine(file, 1, 0)
    file = addLine(file, 1, 1)
    file = setEmphasis(file, 1, 0, true)
    file = addItem(file, 0, 'paragraph')
    expect(sectionsOf(file)).toEqual([
      {
        headingKey: 'adviser.paper.heading-1',
        items: [{ paragraph: 'adviser.paper.paragraph-1' }, { paragraph: 'adviser.paper.paragraph-2' }],
      },
      {
        headingKey: 'adviser.paper.heading-2',
        items: [
          {
            entries: [
              { labelKey: 'adviser.paper.row-1.label', value: 'adviser.paper.row-1.value' },
              { labelKey: 'adviser.paper.row-2.label', value: 'adviser.paper.row-2.value' },
            ],
            emphasis: true,
          },
          { list: ['adviser.paper.line-1', 'adviser.paper.line-2'] },
        ],
      },
    ])
    expect(problemsOf(withPaperTexts(file))).toEqual({})
  })

  it('removes and moves parts, but keeps the one row or line the schema needs', () => {
    let file = addSection(createDocument(errandWithoutPaper()), 'list')
    expect(sectionsOf(moveSection(file, 1, 0))[0]).toEqual(sectionsOf(file)[1])
    expect(moveSection(file, 0, -1)).toBe(file)
    // The one line of a list stays.
    expect(removeLine(file, 1, 0, 0)).toBe(file)
    file = addLine(file, 1, 0)
    expect(sectionsOf(removeLine(file, 1, 0, 0))[1]).toEqual({
      headingKey: 'adviser.paper.heading-2',
      items: [{ list: ['adviser.paper.line-2'] }],
    })
    expect(sectionsOf(removeSection(file, 0))).toEqual([sectionsOf(file)[1]])
    const noHeading = setSectionHeading(file, 0, false)
    expect(sectionsOf(noHeading)[0]).toEqual({ items: [{ paragraph: 'adviser.paper.paragraph-1' }] })
    expect(problemsOf(withPaperTexts(noHeading))).toEqual({})
    // An empty section is a problem beside it, until it gets an item again.
    const empty = removeItem(file, 0, 0)
    expect(JSON.stringify(problemsOf(withPaperTexts(empty))['document.json'])).toContain(
      '"sections",0,"items"',
    )
    expect(removeDocument(file).files['document.json']).toBeUndefined()
  })
})
