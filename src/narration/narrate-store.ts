import type { AppState, AppStore } from '../state/app-store'
import { narrationOn } from '../domain/settings'
import { stepTextKey } from './narrated-texts'
import type { NarrationRequest, Narrator } from './narrator'

/** What changed between two states that the visitor should hear, as lines to read; null when nothing is. */
export function linesToRead(next: AppState, previous: AppState): NarrationRequest[] | null {
  const on = narrationOn(next.settings, next.mode)
  if (!on) return null
  const turnedOn = !narrationOn(previous.settings, previous.mode)
  const step = stepTextKey(next)
  const stepChanged =
    turnedOn ||
    step !== stepTextKey(previous) ||
    next.locale !== previous.locale ||
    next.run?.stepIndex !== previous.run?.stepIndex ||
    next.taskId !== previous.taskId
  if (stepChanged) return step ? [{ key: step, locale: next.locale }] : null
  const lines: NarrationRequest[] = []
  const feedback = next.run?.feedback
  if (feedback && next.run?.mistakes !== previous.run?.mistakes)
    lines.push({ key: feedback.textKey, locale: next.locale })
  const hint = next.run?.hint
  if (hint && next.run?.hints !== previous.run?.hints) lines.push({ key: hint.textKey, locale: next.locale })
  return lines.length > 0 ? lines : null
}

/**
 * Reads the step aloud whenever it changes (and feedback and hints as they appear) while narration is on; stops
 * when it is turned off or the visit ends. Returns the unsubscribe function.
 */
export function narrateStore(store: AppStore, narrator: Narrator): () => void {
  return store.subscribe((next, previous) => {
    const wasOn = narrationOn(previous.settings, previous.mode)
    if (!narrationOn(next.settings, next.mode) || next.sessionId !== previous.sessionId) {
      if (wasOn || next.sessionId !== previous.sessionId) narrator.stop()
      return
    }
    const lines = linesToRead(next, previous)
    if (lines) narrator.say(lines)
  })
}

/**
 * The "repeat" control: reads the current step again, whether narration is on or not, and then what the page on
 * show says (`page`: its headings and paragraphs, given by the page renderer).
 */
export function repeatStep(
  store: AppStore,
  narrator: Narrator | null,
  page: (state: AppState) => readonly NarrationRequest[] = () => [],
): void {
  const state = store.getState()
  const key = stepTextKey(state)
  if (narrator && key) narrator.say([{ key, locale: state.locale }, ...page(state)])
}
