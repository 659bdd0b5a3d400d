import { useTranslate } from '../i18n/use-translate'
import { selectStep } from '../state/selectors'
import { useApp, useAppStoreApi } from '../state/store-context'

/** The step, hint and feedback as large on-screen text, read out by screen readers as it changes. */
export function DesktopHud() {
  const t = useTranslate()
  const store = useAppStoreApi()
  const run = useApp((state) => state.run)
  const step = useApp(selectStep)
  const task = useApp((state) => state.taskDefinition())
  if (!run || !task) return null
  const completed = run.status === 'completed'
  return (
    <section className="hud" aria-label={t(task.titleKey)}>
      <div aria-live="polite" aria-atomic="true">
        {!completed && step && (
          <>
            <p className="hud-step">
              {t('task.step-of', { n: run.stepIndex + 1, count: task.steps.length })}
            </p>
            <p className="hud-text" data-testid="step-text">
              {run.waitingForStaff ? t('task.waiting-for-staff') : t(step.textKey)}
            </p>
          </>
        )}
        {completed && (
          <>
            <p className="hud-step">{t('task.done')}</p>
            <p className="hud-text" data-testid="step-text">
              {t(task.completedTextKey)}
            </p>
          </>
        )}
      </div>
      <div aria-live="assertive">
        {run.feedback && (
          <p className="hud-feedback" role="alert" data-testid="feedback">
            {t(run.feedback.textKey)}
          </p>
        )}
      </div>
      <div aria-live="polite">
        {run.hint && (
          <p className="hud-hint" data-testid="hint">
            <strong>{t('task.hint')}: </strong>
            {t(run.hint.textKey)}
          </p>
        )}
      </div>
      <div className="hud-actions">
        {!completed && (
          <button type="button" onClick={() => store.getState().hintNow()}>
            {t('task.hint')}
          </button>
        )}
        {completed && (
          <button type="button" onClick={() => store.getState().restartTask()}>
            {t('task.restart')}
          </button>
        )}
        <button type="button" onClick={() => store.getState().leaveTask('left')}>
          {t('task.back-to-lobby')}
        </button>
      </div>
    </section>
  )
}
