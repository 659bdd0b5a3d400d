import { useTranslate } from '../state/use-translate'
import { repeatStep } from '../narration/narrate-store'
import { useNarrator } from '../narration/narration-context'
import { readPageLines } from './page/page-narration'
import { useAppStoreApi } from '../state/store-context'
import { useStepDisplay } from './use-step-display'

/** The step, hint and feedback as large on-screen text, read out by screen readers as it changes. */
export function DesktopHud() {
  const t = useTranslate()
  const store = useAppStoreApi()
  const display = useStepDisplay()
  const narrator = useNarrator()
  if (!display) return null
  return (
    <section className="hud" aria-label={display.title}>
      <div aria-live="polite" aria-atomic="true">
        <p className="hud-step">{display.progress}</p>
        <p className="hud-text" data-testid="step-text">
          {display.text}
        </p>
      </div>
      <div aria-live="assertive">
        {display.feedback && (
          <p className="hud-feedback" role="alert" data-testid="feedback">
            {display.feedback}
          </p>
        )}
      </div>
      <div aria-live="polite">
        {display.hint && (
          <p className="hud-hint" data-testid="hint">
            <strong>{t('task.hint')}: </strong>
            {display.hint}
          </p>
        )}
      </div>
      <div className="hud-actions">
        {display.completed ? (
          <button type="button" onClick={() => store.getState().restartTask()}>
            {t('task.restart')}
          </button>
        ) : (
          <button type="button" onClick={() => store.getState().hintNow()}>
            {t('task.hint')}
          </button>
        )}
        <button type="button" data-testid="repeat" onClick={() => repeatStep(store, narrator, readPageLines)}>
          {t('task.repeat')}
        </button>
        <button type="button" data-testid="open-settings" onClick={() => store.getState().setMenuOpen(true)}>
          {t('menu.open')}
        </button>
        <button type="button" onClick={() => store.getState().leaveTask('left')}>
          {t('task.back-to-lobby')}
        </button>
      </div>
    </section>
  )
}
