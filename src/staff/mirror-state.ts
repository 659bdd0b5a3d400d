import type { StationSummary } from '../live/protocol'
import type { AppState } from '../state/app-store'
import type { TaskRunState } from '../tasks/engine'

/**
 * The part of the app state a station's scene renders from, rebuilt from its summary, so the spectator view can
 * run the same scene components on a mirror store. Times move from the server's clock to this device's.
 */
export function mirrorStateFrom(summary: StationSummary, clockOffsetMs: number): Partial<AppState> {
  const { state, startedAt } = summary
  const local = (serverTime: number) => serverTime - clockOffsetMs
  const task = state.task
  const run: TaskRunState | null = task
    ? {
        taskId: task.id,
        status: task.status,
        stepIndex: task.stepIndex,
        startedAt: local(startedAt.task ?? startedAt.session),
        stepStartedAt: local(startedAt.step ?? startedAt.task ?? startedAt.session),
        lastActivityAt: local(startedAt.step ?? startedAt.session),
        hints: task.hints,
        mistakes: task.mistakes,
        stepHints: task.stepHints,
        stepMistakes: task.stepMistakes,
        hint: task.hint,
        feedback: task.feedback,
        values: task.values,
        guided: task.guided,
        waitingForStaff: task.waitingForStaff,
      }
    : null
  return {
    sessionId: state.sessionId,
    sessionStartedAt: local(startedAt.session),
    locale: state.locale,
    posture: state.posture,
    // The spectator view shows the visitor's text size and contrast, as the visitor sees them.
    settings: state.settings,
    mode: state.mode,
    entered: state.entered,
    scene: state.scene,
    taskId: task?.id ?? null,
    run,
    guided: state.guided,
    entries: state.entries,
    heldItem: state.heldItem,
    helpRequested: state.helpRequested,
    askConfidence: state.askConfidence,
    notice: null,
  }
}
