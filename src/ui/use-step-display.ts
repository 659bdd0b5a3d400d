import { useTranslate } from '../state/use-translate'
import { selectStep } from '../state/selectors'
import { useApp } from '../state/store-context'

/** What the visitor reads about the task now, in their language: the same on screen and in VR. */
export interface StepDisplay {
  /** The task's title. */
  title: string
  /** "Step 3 of 11", or "Well done!" once completed. */
  progress: string
  /** The instruction, the "wait for your guide" line, or the completion message. */
  text: string
  hint: string | null
  feedback: string | null
  completed: boolean
}

/** The current step as text, or null when no task is running. */
export function useStepDisplay(): StepDisplay | null {
  const t = useTranslate()
  const run = useApp((state) => state.run)
  const step = useApp(selectStep)
  const task = useApp((state) => state.taskDefinition())
  if (!run || !task) return null
  const completed = run.status === 'completed'
  const instruction = run.waitingForStaff ? t('task.waiting-for-staff') : step ? t.data(step.textKey) : ''
  return {
    title: t.data(task.titleKey),
    progress: completed
      ? t('task.done')
      : t('task.step-of', { n: run.stepIndex + 1, count: task.steps.length }),
    text: completed ? t.data(task.completedTextKey) : instruction,
    hint: run.hint ? t.data(run.hint.textKey) : null,
    feedback: run.feedback ? t.data(run.feedback.textKey) : null,
    completed,
  }
}
