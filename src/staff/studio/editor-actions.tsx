import { useState } from 'react'
import type { ErrandProblems } from '../../errands/check-errand'
import type { ErrandFile } from '../../errands/errand-file'
import { useConsole, useConsoleState } from '../console-context'
import { downloadErrand } from './errand-title'
import { sendPreview } from './preview-link'
import { checkOnServer, publish, type WriteResult } from './studio-api'
import { useStudioText } from './studio-text'
import { useBelowHeader } from './use-below-header'

function countOf(problems: ErrandProblems): number {
  return Object.values(problems).reduce((sum, list) => sum + (list?.length ?? 0), 0)
}

/** What the last action came to, in words, for the status line. */
type Outcome = { key: string; params?: Record<string, string | number>; alert?: boolean } | null

/** Check, try on a station, publish and export: the draft's way out of the browser. */
export function EditorActions({
  file,
  problems,
  onServerProblems,
}: {
  file: ErrandFile
  problems: ErrandProblems
  onServerProblems: (problems: ErrandProblems) => void
}) {
  const t = useStudioText()
  const { link } = useConsole()
  const login = useConsoleState((state) => state.login)
  const stations = useConsoleState((state) => state.stations)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [stationId, setStationId] = useState('')
  const [previewing, setPreviewing] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const bar = useBelowHeader<HTMLDivElement>()
  const count = countOf(problems)
  const connected = stations.filter((station) => station.connected)

  const afterServer = (result: WriteResult<unknown>, done: Outcome) => {
    if (result.state === 'problems') {
      onServerProblems(result.problems)
      setOutcome({ key: 'action.server-problems', params: { count: countOf(result.problems) }, alert: true })
    } else if (result.state === 'failed') {
      setOutcome({ key: `action.failed.${result.problem}`, alert: true })
    } else setOutcome(done)
  }

  const check = async () => {
    if (count > 0) {
      setOutcome({ key: 'action.check.problems', params: { count }, alert: true })
      return
    }
    if (!login) return
    setBusy(true)
    afterServer(await checkOnServer(login, file), { key: 'action.check.ok' })
    setBusy(false)
  }

  const doPublish = async () => {
    if (!login) return
    if (count > 0) {
      setOutcome({ key: 'action.check.problems', params: { count }, alert: true })
      return
    }
    setBusy(true)
    const result = await publish(login, file, note)
    afterServer(
      result,
      result.state === 'done' ? { key: 'action.published', params: { version: result.value.version } } : null,
    )
    setBusy(false)
  }

  return (
    <div className="editor-actions" ref={bar}>
      <div className="action-group">
        <button type="button" onClick={() => void check()} disabled={busy} data-testid="studio-check">
          {t('action.check')}
        </button>
        <button type="button" onClick={() => downloadErrand(file)}>
          {t('action.export')}
        </button>
      </div>
      <div className="action-group">
        <label>
          {t('action.station')}
          <select value={stationId} onChange={(event) => setStationId(event.target.value)}>
            <option value="">
              {connected.length === 0 ? t('action.station.none') : t('action.station.pick')}
            </option>
            {connected.map((station) => (
              <option key={station.id} value={station.id}>
                {station.state.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={stationId === '' || count > 0}
          onClick={() => {
            const sent = sendPreview(link, { type: 'preview-errand', stationId, file })
            if (sent) setPreviewing(stationId)
            setOutcome(
              sent ? { key: 'action.preview.sent' } : { key: 'action.preview.unavailable', alert: true },
            )
          }}
        >
          {t('action.preview')}
        </button>
        {previewing !== null && (
          <button
            type="button"
            onClick={() => {
              sendPreview(link, { type: 'end-preview', stationId: previewing })
              setPreviewing(null)
              setOutcome({ key: 'action.preview.ended' })
            }}
          >
            {t('action.preview.end')}
          </button>
        )}
      </div>
      <div className="action-group">
        <label>
          {t('action.note')}
          <input value={note} onChange={(event) => setNote(event.target.value)} />
        </label>
        <button type="button" className="primary" onClick={() => void doPublish()} disabled={busy}>
          {t('action.publish')}
        </button>
      </div>
      <p className="action-outcome" role={outcome?.alert ? 'alert' : 'status'} data-testid="studio-outcome">
        {outcome
          ? t(outcome.key, outcome.params)
          : count > 0
            ? t('action.problems-now', { count })
            : t('action.no-problems')}
      </p>
    </div>
  )
}
