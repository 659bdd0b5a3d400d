import { useTranslate } from '../state/use-translate'
import { useApp } from '../state/store-context'

/** One chip for "What was hardest?": a step, or a run of steps with the same short name. */
export interface HardestChip {
  /** The first step with this name: what the event reports. */
  stepId: string
  label: string
}

/** The steps of the task being asked about, as chips, in task order, one per short name. */
export function useHardestChips(): HardestChip[] {
  const t = useTranslate()
  const taskId = useApp((state) => state.survey?.taskId ?? null)
  const tasks = useApp((state) => state.tasks)
  const task = tasks.find((candidate) => candidate.id === taskId)
  const seen = new Set<string>()
  const chips: HardestChip[] = []
  for (const step of task?.steps ?? []) {
    if (!step.labelKey || seen.has(step.labelKey)) continue
    seen.add(step.labelKey)
    chips.push({ stepId: step.id, label: t.data(step.labelKey) })
  }
  return chips
}

/** Adds or removes a value from a list, keeping the order of choosing. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value]
}
