import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../../../src/domain/locales'
import type { ErrandFile } from '../../../../src/errands/errand-file'
import { DICTIONARY } from '../../../../src/i18n/dictionary'
import { builtInErrands } from '../../../../src/staff/studio/builtin-errands'
import { taskIdOf, withTaskId } from '../../../../src/staff/studio/duplicate'
import { errandTextKeys } from '../../../../src/staff/studio/text-keys'

// How much a new staff member writes to make the health-centre errand from a duplicate of the adviser booking:
// every form field whose value differs, field by field as the studio shows them (a text in one language is one
// input; a list of times or controls is one input; a key is never typed, the studio names it). Steps, blocks
// and texts are compared by their place in the errand, as an author rewrites step 3 into the new step 3.

/**
 * The errand's form fields by place: `<file>#<path>` for a setting, `<file>#<path>@<locale>` for a text. With
 * `byStepId`, a step's place is its id (`steps.pick-time`), as an author who keeps the steps both errands share.
 */
function formFields(errand: ErrandFile, byStepId = false): Map<string, string> {
  const fields = new Map<string, string>()
  const steps = (errand.files['task.json'] as { steps?: { id?: unknown }[] }).steps ?? []
  const byId = (map: Map<string, string>) =>
    new Map(
      [...map].map(([place, value]) => [
        place.replace(/^task\.json#steps\.(\d+)/, (whole, index: string) =>
          byStepId ? `task.json#steps.${String(steps[Number(index)]?.id)}` : whole,
        ),
        value,
      ]),
    )
  const textPlaces = new Set<string>()
  for (const { file, path, key } of errandTextKeys(errand.files)) {
    const place = `${file}#${path.join('.')}`
    textPlaces.add(place)
    for (const { code } of LOCALES) fields.set(`${place}@${code}`, errand.texts[code][key] ?? '')
  }
  const walk = (file: string, data: unknown, path: (string | number)[]) => {
    const place = `${file}#${path.join('.')}`
    if (textPlaces.has(place) || path[0] === '$schema' || (file === 'task.json' && path[0] === 'id')) return
    const scalars = Array.isArray(data) && data.every((item) => typeof item !== 'object' || item === null)
    // A list of texts (hints) is one input per text; a list of times or controls is one input.
    if (scalars && !data.some((_item, index) => textPlaces.has(`${place}.${index}`))) {
      fields.set(place, JSON.stringify(data))
    } else if (Array.isArray(data)) data.forEach((item, index) => walk(file, item, [...path, index]))
    else if (typeof data === 'object' && data !== null)
      for (const [key, value] of Object.entries(data)) walk(file, value, [...path, key])
    else fields.set(place, String(data))
  }
  for (const [file, data] of Object.entries(errand.files)) walk(file, data, [])
  return byId(fields)
}

/**
 * The fields to write to make one errand into another: those the target fills in with another value than the
 * start has there. What only the start has goes with a press of "Remove" and is not counted.
 */
function fieldsToChange(from: ErrandFile, to: ErrandFile, byStepId = false): string[] {
  const a = formFields(from, byStepId)
  return [...formFields(to, byStepId)]
    .filter(([field, value]) => value !== '' && a.get(field) !== value)
    .map(([field]) => field)
}

function copyOf(id: string, as: string): ErrandFile {
  const found = builtInErrands().find(({ file }) => taskIdOf(file) === id)
  if (!found) throw new Error(`no ${id}`)
  return withTaskId(found.file, as, (locale, key) => DICTIONARY[locale][key])
}

describe('the form fields it takes to write the health-centre errand from a duplicate', () => {
  it('counts none between an errand and its own copy, and one for one changed text', () => {
    const copy = copyOf('book-visit', 'health')
    expect(fieldsToChange(copy, copyOf('book-visit', 'other'))).toEqual([])
    const [first] = errandTextKeys(copy.files)
    if (!first) throw new Error('no text')
    const changed = {
      ...copy,
      texts: { ...copy.texts, en: { ...copy.texts.en, [first.key]: 'Another text' } },
    }
    expect(fieldsToChange(copy, changed)).toHaveLength(1)
  })

  it('counts the fields from the adviser booking to the health centre', () => {
    const from = copyOf('book-visit', 'health')
    const to = copyOf('book-health-centre', 'health')
    const changed = fieldsToChange(from, to)
    const texts = changed.filter((field) => field.includes('@'))
    const byFile = (name: string) => changed.filter((field) => field.startsWith(`${name}#`)).length
    const steps = (file: ErrandFile) => (file.files['task.json'] as { steps: unknown[] }).steps.length
    console.log(
      `book-visit copy → book-health-centre: ${changed.length} form fields of ${formFields(to).size} ` +
        `(${texts.length} texts in four languages, ${changed.length - texts.length} settings; ` +
        `task ${byFile('task.json')}, pages ${byFile('pages.json')}, paper ${byFile('document.json')}, ` +
        `practice ${byFile('practice.json')}); steps ${steps(from)} → ${steps(to)}`,
    )
    // Keeping the steps both have (by id: pick-day, pick-time, read-booking) and the pages of the same name.
    const kept = fieldsToChange(from, to, true)
    console.log(
      `  keeping the shared steps by id: ${kept.length} form fields ` +
        `(${kept.filter((field) => field.includes('@')).length} texts)`,
    )
    expect(changed.length).toBeGreaterThan(0)
    expect(changed.length).toBeLessThanOrEqual(formFields(to).size)
  })
})
