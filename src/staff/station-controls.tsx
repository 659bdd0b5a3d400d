import { useEffect, useState } from 'react'
import { LOCALES, type Locale } from '../domain/locales'
import { choicesOf, SETTING_IDS, shownValue } from '../domain/settings'
import { settingChoiceKey, settingNameKey } from '../i18n/setting-texts'
import { stationNameSchema, type StaffCommand, type StationSummary } from '../live/protocol'
import { useConsole, useConsoleState, useConsoleText } from './console-context'

const RESET_CONFIRM_MS = 4000

/** Everything staff can do for one station's visitor, in large touch targets. */
export function StationControls({ summary }: { summary: StationSummary }) {
  const t = useConsoleText()
  const { link, tasks } = useConsole()
  const { state, connected } = summary
  const task = state.task
  const running = task?.status === 'running'
  const send = (command: StaffCommand) => link.command(summary.id, command)
  const locale = useConsoleState((s) => s.locale)
  const [taskId, setTaskId] = useState(tasks[0]?.id ?? '')
  const [startLocale, setStartLocale] = useState<Locale>(state.locale)

  // Disconnected, the controls stay in place but disabled (and keep what staff typed): no jumping layout.
  return (
    <div className="controls">
      {!connected && (
        <p className="controls-offline" role="status">
          {t('staff.not-connected')}
        </p>
      )}
      <fieldset disabled={!connected}>
        <legend>{t('staff.start-task')}</legend>
        <div className="control-row">
          <label>
            {t('staff.task')}
            <select
              value={taskId}
              data-testid="task-select"
              onChange={(event) => setTaskId(event.target.value)}
            >
              {tasks.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {t.data(candidate.titleKey)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('staff.language')}
            <select
              value={startLocale}
              data-testid="start-locale"
              onChange={(event) =>
                setStartLocale(LOCALES.find((option) => option.code === event.target.value)?.code ?? locale)
              }
            >
              {LOCALES.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="primary"
            data-testid="cmd-start"
            disabled={taskId === ''}
            onClick={() => send({ type: 'start-task', taskId, locale: startLocale })}
          >
            {t('staff.start')}
          </button>
        </div>
      </fieldset>

      <fieldset disabled={!connected}>
        <label className="control-check">
          <input
            type="checkbox"
            data-testid="cmd-confidence"
            checked={state.askConfidence}
            onChange={(event) => send({ type: 'set-confidence', ask: event.target.checked })}
          />
          {t('staff.confidence')}
        </label>
      </fieldset>

      <fieldset disabled={!connected}>
        <legend>{t('staff.help')}</legend>
        <div className="control-row">
          <button
            type="button"
            data-testid="cmd-hint"
            disabled={!running}
            onClick={() => send({ type: 'hint' })}
          >
            {t('staff.hint-now')}
          </button>
          <button
            type="button"
            data-testid="cmd-back"
            disabled={!running}
            onClick={() => send({ type: 'back' })}
          >
            {t('staff.back')}
          </button>
          <button
            type="button"
            data-testid="cmd-skip"
            disabled={!running}
            onClick={() => send({ type: 'skip' })}
          >
            {t('staff.skip')}
          </button>
          <button
            type="button"
            data-testid="cmd-restart"
            disabled={!task}
            onClick={() => send({ type: 'restart' })}
          >
            {t('staff.restart')}
          </button>
        </div>
      </fieldset>

      <fieldset disabled={!connected}>
        <legend>{t('staff.switch-language')}</legend>
        <div className="control-row" role="radiogroup" aria-label={t('staff.switch-language')}>
          {LOCALES.map((option) => (
            <button
              key={option.code}
              type="button"
              role="radio"
              aria-checked={state.locale === option.code}
              className={state.locale === option.code ? 'chosen' : ''}
              data-testid={`cmd-locale-${option.code}`}
              onClick={() => send({ type: 'set-locale', locale: option.code })}
            >
              {option.name}
            </button>
          ))}
        </div>
      </fieldset>

      <fieldset disabled={!connected}>
        <legend>{t('staff.settings')}</legend>
        {SETTING_IDS.map((setting) => {
          return (
            <div
              key={setting}
              className="control-row"
              role="radiogroup"
              aria-label={t(settingNameKey(setting))}
            >
              <span className="control-label">{t(settingNameKey(setting))}</span>
              {choicesOf(setting).map((value) => {
                const chosen = shownValue(state.settings, state.mode, setting) === value
                return (
                  <button
                    key={value}
                    type="button"
                    role="radio"
                    aria-checked={chosen}
                    className={chosen ? 'chosen' : ''}
                    data-testid={`cmd-setting-${setting}-${value}`}
                    onClick={() => send({ type: 'set-setting', setting, value })}
                  >
                    {t(settingChoiceKey(setting, value))}
                  </button>
                )
              })}
            </div>
          )
        })}
      </fieldset>

      <fieldset disabled={!connected}>
        <legend>{t('staff.guided-mode')}</legend>
        <div className="control-row">
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              checked={state.guided}
              data-testid="guided-toggle"
              onChange={(event) => send({ type: 'set-guided', guided: event.target.checked })}
            />
            {t('staff.guided-mode')}
          </label>
          <button
            type="button"
            className="primary"
            data-testid="cmd-next"
            disabled={!task?.waitingForStaff}
            onClick={() => send({ type: 'next' })}
          >
            {t('staff.next')}
          </button>
        </div>
        <p className="control-help">{t('staff.guided-help')}</p>
      </fieldset>

      <fieldset disabled={!connected}>
        <legend>{t('staff.rename')}</legend>
        <RenameForm summary={summary} />
      </fieldset>

      <ResetButton disabled={!connected} onReset={() => send({ type: 'reset' })} />
    </div>
  )
}

function RenameForm({ summary }: { summary: StationSummary }) {
  const t = useConsoleText()
  const { link } = useConsole()
  const [draft, setDraft] = useState(summary.state.name)
  const valid = stationNameSchema.safeParse(draft).success && draft.trim() !== summary.state.name
  return (
    <form
      className="control-row"
      onSubmit={(event) => {
        event.preventDefault()
        if (valid) link.command(summary.id, { type: 'rename', name: draft.trim() })
      }}
    >
      <input
        value={draft}
        maxLength={40}
        aria-label={t('staff.rename')}
        data-testid="rename-input"
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit" data-testid="rename-save" disabled={!valid}>
        {t('staff.save-name')}
      </button>
    </form>
  )
}

/** Two taps, so a reset in the middle of someone's task is never an accident. */
function ResetButton({ onReset, disabled }: { onReset: () => void; disabled: boolean }) {
  const t = useConsoleText()
  const [armed, setArmed] = useState(false)
  useEffect(() => {
    if (!armed) return
    const timer = window.setTimeout(() => setArmed(false), RESET_CONFIRM_MS)
    return () => window.clearTimeout(timer)
  }, [armed])
  return (
    <button
      type="button"
      className={`danger${armed ? ' armed' : ''}`}
      disabled={disabled}
      data-testid="cmd-reset"
      onClick={() => {
        if (!armed) return setArmed(true)
        setArmed(false)
        onReset()
      }}
    >
      {armed ? t('staff.reset-confirm') : t('staff.reset')}
    </button>
  )
}
