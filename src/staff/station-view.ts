import { hasText, translate } from '../i18n/translate'
import { translatorFor } from '../i18n/translator'
import type { Locale } from '../domain/locales'
import type { StationSummary } from '../live/protocol'
import type { TaskDefinition } from '../tasks/schema'

/** Tunables of the console. */
export const CONSOLE_TUNABLES = {
  /** A visitor this long on one step (not waiting for staff) shows a "stuck" warning. */
  stuckAfterSeconds: 120,
} as const

/** Whether the visitor seems stuck: long on one running step that does not wait for staff. */
export function isStuck(summary: StationSummary, serverNow: number): boolean {
  const task = summary.state.task
  const since = summary.startedAt.step
  if (!summary.connected || !task || task.status !== 'running' || task.waitingForStaff || since === null)
    return false
  return serverNow - since >= CONSOLE_TUNABLES.stuckAfterSeconds * 1000
}

/** `m:ss`, or `h:mm:ss` from an hour. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}

/** What the card says about the task: its title, the step line and the step's text in the station's language. */
export interface TaskLines {
  title: string
  /** "Step 3 of 11", "Task completed", ... in the console's language. */
  progress: string
  /** What the visitor reads now, in the visitor's language. */
  stepText: string | null
}

export function taskLines(
  summary: StationSummary,
  tasks: readonly TaskDefinition[],
  consoleLocale: Locale,
): TaskLines | null {
  const task = summary.state.task
  if (!task) return null
  const definition = tasks.find((candidate) => candidate.id === task.id)
  const visitorLocale = summary.state.locale
  const t = translatorFor(consoleLocale)
  const title = definition ? t.data(definition.titleKey) : task.id
  if (task.status === 'completed') {
    return {
      title,
      progress: t('staff.completed'),
      stepText: definition ? translate(visitorLocale, definition.completedTextKey) : null,
    }
  }
  if (task.status === 'abandoned') return { title, progress: t('staff.abandoned'), stepText: null }
  return {
    title,
    progress: t('staff.step-of', { n: task.stepIndex + 1, count: task.stepCount }),
    stepText: task.stepTextKey ? translate(visitorLocale, task.stepTextKey) : null,
  }
}

/** The place a station is in, in the console's language; a scene without a console name shows its id. */
export function sceneLabel(sceneId: string, consoleLocale: Locale): string {
  const key = `staff.scene.${sceneId}`
  return hasText(consoleLocale, key) ? translate(consoleLocale, key) : sceneId
}
