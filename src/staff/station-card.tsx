import { localeInfo } from '../domain/locales'
import type { StationSummary } from '../live/protocol'
import { useConsole, useConsoleState, useConsoleText } from './console-context'
import { formatDuration, isStuck, sceneLabel, taskLines } from './station-view'
import { TickingText, TickingVisibility } from './ticking'

/** One station at a glance: who, where, which step and how long, and whether the visitor needs help. */
export function StationCard({ summary }: { summary: StationSummary }) {
  const t = useConsoleText()
  const { store, tasks } = useConsole()
  const locale = useConsoleState((state) => state.locale)
  const selected = useConsoleState((state) => state.selectedId === summary.id)
  const { state, connected, startedAt } = summary
  const lines = taskLines(summary, tasks, locale)
  const task = state.task
  const mode = !state.entered ? 'not-entered' : state.mode

  return (
    <li>
      <button
        type="button"
        className={`station-card${selected ? ' selected' : ''}${connected ? '' : ' offline'}${state.helpRequested ? ' calling' : ''}`}
        data-testid="station-card"
        data-station-id={summary.id}
        data-pairing-code={state.pairingCode}
        aria-pressed={selected}
        onClick={() => store.setState({ selectedId: selected ? null : summary.id })}
      >
        <span className="card-head">
          <span className="card-name">{state.name}</span>
          <span className="card-code">{t('staff.code', { code: state.pairingCode })}</span>
        </span>
        <span className="card-tags">
          {state.helpRequested && (
            <span className="tag tag-alert" data-testid="help-tag">
              {t('staff.help-tag')}
            </span>
          )}
          <span className={`tag ${connected ? 'tag-ok' : 'tag-off'}`} data-testid="station-link">
            {connected ? t('staff.connected') : t('staff.disconnected')}
          </span>
          <span className="tag">{t(`staff.mode.${mode}`)}</span>
          <span className="tag" data-testid="station-scene">
            {sceneLabel(state.scene, locale)}
          </span>
          <span className="tag" data-testid="station-locale">
            {localeInfo(state.locale).name}
          </span>
          {state.guided && <span className="tag tag-guided">{t('staff.guided')}</span>}
          {state.kiosk.phase !== 'active' && (
            <span className="tag tag-warn">{t(`staff.kiosk.${state.kiosk.phase}`)}</span>
          )}
          {!state.kiosk.enabled && <span className="tag">{t('staff.kiosk.off')}</span>}
        </span>

        {lines ? (
          <span className="card-task">
            <span className="card-task-title">{lines.title}</span>
            <span className="card-progress" data-testid="step-label">
              {lines.progress}
            </span>
            {lines.stepText && (
              <span className="card-step" data-testid="step-text" lang={state.locale}>
                {lines.stepText}
              </span>
            )}
            {task?.waitingForStaff && (
              <span className="card-waiting" data-testid="waiting">
                {t('staff.waiting')}
              </span>
            )}
          </span>
        ) : (
          <span className="card-task card-idle">{t('staff.no-task')}</span>
        )}

        {task && (
          <span className="card-stats">
            {task.status === 'running' && startedAt.step !== null && (
              <span>
                {t('staff.time-on-step')}{' '}
                <TickingText text={(now) => formatDuration(now - (startedAt.step ?? now))} />
              </span>
            )}
            {startedAt.task !== null && (
              <span>
                {t('staff.time-on-task')}{' '}
                <TickingText text={(now) => formatDuration(now - (startedAt.task ?? now))} />
              </span>
            )}
            <span data-testid="hints">
              {t('staff.hints')} {task.hints}
            </span>
            <span data-testid="mistakes">
              {t('staff.mistakes')} {task.mistakes}
            </span>
          </span>
        )}
        <TickingVisibility className="card-stuck" visible={(now) => isStuck(summary, now)}>
          {t('staff.stuck')}
        </TickingVisibility>
      </button>
    </li>
  )
}
