import { selectStage } from '../../src/state/selectors'
import { useApp } from '../../src/state/store-context'

/** The lessons' stages in order; a thing's state follows from how far the visitor has come. */
const ORDER = ['look', 'press', 'grab', 'turn', 'type', 'recenter', 'help', 'done'] as const
export type LessonStage = (typeof ORDER)[number]

/** Where the lesson is now, or null outside it. */
export function useLessonStage(): LessonStage | null {
  const stage = useApp(selectStage)
  return ORDER.includes(stage as LessonStage) ? (stage as LessonStage) : null
}

/** Whether the lesson has come past a stage. */
export function isPast(stage: LessonStage | null, than: LessonStage): boolean {
  return stage !== null && ORDER.indexOf(stage) > ORDER.indexOf(than)
}
