import type { Locale } from '../../domain/locales'
import { hasText, translate } from '../../i18n/translate'
import { translatorFor } from '../../i18n/translator'
import type { StepDefinition, TaskDefinition } from '../../tasks/schema'

/** The step a stats row means: by its id when the events named it, else by its index. */
export function stepOf(
  task: TaskDefinition | undefined,
  stepIndex: number,
  stepId: string | null,
): StepDefinition | undefined {
  return task?.steps.find((step) => step.id === stepId) ?? task?.steps[stepIndex]
}

/** The step's instruction in the locale, e.g. "Type the OCR reference from the bill…"; its id when unknown. */
export function stepText(
  task: TaskDefinition | undefined,
  stepIndex: number,
  stepId: string | null,
  locale: Locale,
): string {
  const step = stepOf(task, stepIndex, stepId)
  return step
    ? translate(locale, step.textKey)
    : (stepId ?? translatorFor(locale)('stats.stage.step', { n: stepIndex + 1 }))
}

/**
 * A mistake in plain words for the city: the report's own wording for the code when there is one
 * (`report.mistake.<code>`), else the feedback the visitor saw, else the code.
 */
export function mistakeText(
  task: TaskDefinition | undefined,
  stepIndex: number,
  stepId: string | null,
  code: string,
  locale: Locale,
): string {
  const own = `report.mistake.${code}`
  if (hasText(locale, own)) return translate(locale, own)
  const feedback = stepOf(task, stepIndex, stepId)?.feedback[code]
  return feedback === undefined ? code : translate(locale, feedback)
}

/** The task's title in the locale; its id when unknown. */
export function taskTitle(task: TaskDefinition | undefined, taskId: string, locale: Locale): string {
  return task ? translate(locale, task.titleKey) : taskId
}
