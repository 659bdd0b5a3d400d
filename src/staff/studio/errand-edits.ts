import type { Locale } from '../../domain/locales'
import type { ErrandFile } from '../../errands/errand-file'
import { RULES, mistakeCodesOf, type RuleName, type StepRule } from '../../tasks/rule-registry'
import { getAt, setAt, type JsonPath } from './json-path'
import { taskIdOf } from './duplicate'

/** A task file's value at a path (`['steps', 2, 'stage']`). */
export function taskAt(file: ErrandFile, path: JsonPath): unknown {
  return getAt(file.files['task.json'], path)
}

/** The file with a value in one of its package files replaced. */
export function setInFile(
  file: ErrandFile,
  name: keyof ErrandFile['files'],
  path: JsonPath,
  value: unknown,
): ErrandFile {
  return { ...file, files: setAt(file.files, [name, ...path], value) }
}

/** The file with one text set in one language; an empty text is removed, so it shows as missing. */
export function setText(file: ErrandFile, locale: Locale, key: string, text: string): ErrandFile {
  const own = { ...file.texts[locale] }
  if (text === '') delete own[key]
  else own[key] = text
  return { ...file, texts: { ...file.texts, [locale]: own } }
}

/** The steps of the task, as written (each an object), or none. */
export function stepsOf(file: ErrandFile): Record<string, unknown>[] {
  const steps = taskAt(file, ['steps'])
  return Array.isArray(steps)
    ? steps.map((step: unknown) =>
        typeof step === 'object' && step !== null ? (step as Record<string, unknown>) : {},
      )
    : []
}

function withSteps(file: ErrandFile, steps: readonly Record<string, unknown>[]): ErrandFile {
  return setInFile(file, 'task.json', ['steps'], steps)
}

/** A step id the task does not use yet: `step-<n>`. */
function freshStepId(steps: readonly Record<string, unknown>[]): string {
  const taken = new Set(steps.map((step) => step.id))
  for (let n = steps.length + 1; ; n++) if (!taken.has(`step-${n}`)) return `step-${n}`
}

/**
 * Adds a step after the given one (at the start for -1): it presses a control on the same page as the step
 * before, with its own instruction and hint keys under the task's id, their texts still to write.
 */
export function addStep(file: ErrandFile, after: number): ErrandFile {
  const steps = stepsOf(file)
  const id = freshStepId(steps)
  const taskId = taskIdOf(file)
  const before = steps[after] ?? steps[0]
  const stage = typeof before?.stage === 'string' ? before.stage : ''
  const step = {
    id,
    textKey: `${taskId}.${id}.text`,
    targets: [''],
    complete: { rule: 'activate', params: { target: '' } },
    hints: [`${taskId}.${id}.hint`],
    stage,
  }
  return withSteps(file, [...steps.slice(0, after + 1), step, ...steps.slice(after + 1)])
}

/** Removes a step. */
export function removeStep(file: ErrandFile, index: number): ErrandFile {
  return withSteps(
    file,
    stepsOf(file).filter((_step, i) => i !== index),
  )
}

/** Moves a step from one place to another (up or down the list). */
export function moveStep(file: ErrandFile, from: number, to: number): ErrandFile {
  const steps = stepsOf(file)
  const moved = steps[from]
  if (moved === undefined || to < 0 || to >= steps.length) return file
  const rest = steps.filter((_step, i) => i !== from)
  return withSteps(file, [...rest.slice(0, to), moved, ...rest.slice(to)])
}

/** The rules by name, in the order the studio offers them. */
export const RULE_NAMES = Object.keys(RULES) as RuleName[]

/** What a step with a newly chosen rule starts with: the least the rule needs, keeping the step's field. */
export function defaultParams(rule: RuleName, field: string, target: string): Record<string, unknown> {
  switch (rule) {
    case 'activate':
      return { target }
    case 'confirm':
      return { target, requires: {}, codes: {} }
    case 'enter-value':
      return { field, expected: '', format: 'text' }
    case 'choose':
      return {
        field,
        expected: 'yes',
        options: [
          { id: 'yes', label: '' },
          { id: 'no', label: '' },
        ],
      }
    case 'pick-date':
      return { field, earliest: { days: 1 }, latest: { days: 30 } }
    case 'pick-time':
      return { field, times: ['09:00', '10:00', '11:00'] }
  }
}

/** The mistake codes a step's rule can give; null while its parameters are not complete enough to tell. */
export function mistakeCodesOfStep(step: Record<string, unknown>): readonly string[] | null {
  const parsed = (() => {
    const complete = step.complete
    const rule = getAt(complete, ['rule'])
    if (typeof rule !== 'string' || !(rule in RULES)) return null
    const result = RULES[rule as RuleName].step.safeParse(complete)
    return result.success ? (result.data as StepRule) : null
  })()
  return parsed ? mistakeCodesOf(parsed) : null
}

/**
 * Gives the step a feedback key for every mistake code its rule can give and drops those it no longer gives, so
 * the form shows one text to write per code. New keys are `<task>.<step>.feedback.<code>`.
 */
export function withFeedbackForCodes(file: ErrandFile, index: number): ErrandFile {
  const step = stepsOf(file)[index]
  if (!step) return file
  const codes = mistakeCodesOfStep(step)
  // Parameters not complete yet: keep what is written until the rule can tell.
  if (codes === null) return file
  const old = (typeof step.feedback === 'object' && step.feedback !== null ? step.feedback : {}) as Record<
    string,
    string
  >
  const feedback: Record<string, string> = {}
  for (const code of codes)
    feedback[code] = old[code] ?? `${taskIdOf(file)}.${String(step.id)}.feedback.${code}`
  return setInFile(file, 'task.json', ['steps', index, 'feedback'], feedback)
}

/** Sets a step's rule, with that rule's starting parameters and a feedback key for each of its mistake codes. */
export function setRule(file: ErrandFile, index: number, rule: RuleName): ErrandFile {
  const step = stepsOf(file)[index]
  if (!step) return file
  const field = getAt(step, ['complete', 'params', 'field'])
  const targets = Array.isArray(step.targets) ? step.targets : []
  const target = typeof targets[0] === 'string' ? targets[0] : ''
  const params = defaultParams(rule, typeof field === 'string' ? field : String(step.id), target)
  const choose = rule === 'choose' ? params : null
  let next = setInFile(file, 'task.json', ['steps', index, 'complete'], { rule, params })
  if (choose) {
    const taskId = taskIdOf(file)
    next = setInFile(
      next,
      'task.json',
      ['steps', index, 'complete', 'params', 'options'],
      [
        { id: 'yes', label: `${taskId}.${String(step.id)}.option.yes` },
        { id: 'no', label: `${taskId}.${String(step.id)}.option.no` },
      ],
    )
  }
  return withFeedbackForCodes(next, index)
}

/** Sets one parameter of a step's rule and keeps the feedback in step with the codes it can give. */
export function setParam(file: ErrandFile, index: number, path: JsonPath, value: unknown): ErrandFile {
  return withFeedbackForCodes(
    setInFile(file, 'task.json', ['steps', index, 'complete', 'params', ...path], value),
    index,
  )
}

/** Adds an option to a choice step: a new id and its label key under the task's id. */
export function addOption(file: ErrandFile, index: number): ErrandFile {
  const options = getAt(file.files['task.json'], ['steps', index, 'complete', 'params', 'options'])
  const list = Array.isArray(options) ? options : []
  const taken = new Set(list.map((option: unknown) => getAt(option, ['id'])))
  let n = list.length + 1
  while (taken.has(`option-${n}`)) n++
  const id = `option-${n}`
  const stepId = String(getAt(file.files['task.json'], ['steps', index, 'id']))
  return setParam(
    file,
    index,
    ['options'],
    [...list, { id, label: `${taskIdOf(file)}.${stepId}.option.${id}` }],
  )
}
