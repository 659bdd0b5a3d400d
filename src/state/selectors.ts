import { currentStep } from '../tasks/engine'
import type { StepDefinition } from '../tasks/schema'
import type { AppState } from './slice-types'

const NO_TARGETS: readonly string[] = []

/** The step the visitor is on, if a task is running. */
export function selectStep(state: AppState): StepDefinition | undefined {
  const task = state.taskDefinition()
  return task && state.run ? currentStep(task, state.run) : undefined
}

/** Interactables to highlight now: the current step's targets, unless the step waits for staff. */
export function selectTargets(state: AppState): readonly string[] {
  if (state.run?.waitingForStaff) return NO_TARGETS
  return selectStep(state)?.targets ?? NO_TARGETS
}

/** What the visitor needs in view besides the targets, such as the bill whose numbers they type. */
export function selectShown(state: AppState): readonly string[] {
  if (state.run?.waitingForStaff) return NO_TARGETS
  return selectStep(state)?.show ?? NO_TARGETS
}

/**
 * What the scene should show: the step's stage, or the task's completed stage. Scenes read this
 * instead of step ids, so a task file can reorder steps without touching the scene.
 */
export function selectStage(state: AppState): string | null {
  const task = state.taskDefinition()
  if (!task || !state.run) return null
  if (state.run.status === 'completed') return task.completedStage
  return task.steps[state.run.stepIndex]?.stage ?? null
}
