import type { StepDefinitionInput } from '../../src/tasks/schema'
import type { LessonStage } from './stage'

/**
 * A lesson step done by one action on one thing (look at it, press it, put the book on it, turn): its stage and
 * chip label follow from its id, the thing done is always among the targets.
 */
export function lessonStep(
  id: LessonStage,
  { text, done, also = [], hints }: { text: string; done: string; also?: string[]; hints: string[] },
): StepDefinitionInput {
  return {
    id,
    textKey: text,
    labelKey: `tutorial.label.${id}`,
    targets: [...also, done],
    complete: { rule: 'activate', params: { target: done } },
    hints,
    stage: id,
  }
}
