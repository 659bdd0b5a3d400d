import { useId, useState } from 'react'
import type { ErrandProblems } from '../../errands/check-errand'
import { checkErrandFile } from '../../errands/errand-file'
import { useConsoleState } from '../console-context'
import { STUDIO_CONTEXT } from './errand-context'
import { importFile } from './studio-api'
import { useStudioText } from './studio-text'

/**
 * Imports an errand file another branch or city exported: checked here with the same code as on the server, then
 * stored there. A bad file shows its problems and nothing is stored.
 */
export function ImportButton({ onImported }: { onImported: () => void }) {
  const t = useStudioText()
  const id = useId()
  const login = useConsoleState((state) => state.login)
  const [problems, setProblems] = useState<ErrandProblems | null>(null)
  const [outcome, setOutcome] = useState<string | null>(null)
  const read = async (chosen: File) => {
    setProblems(null)
    setOutcome(null)
    let data: unknown
    try {
      data = JSON.parse(await chosen.text())
    } catch {
      setProblems({ '(file)': [{ path: [], message: t('import.not-json') }] })
      return
    }
    const checked = checkErrandFile(data, STUDIO_CONTEXT)
    if ('problems' in checked) {
      setProblems(checked.problems)
      return
    }
    if (!login) return
    const result = await importFile(login, data)
    if (result.state === 'problems') setProblems(result.problems)
    else if (result.state === 'failed') setOutcome(t(`action.failed.${result.problem}`))
    else {
      setOutcome(t('import.done'))
      onImported()
    }
  }
  return (
    <div className="import">
      <label htmlFor={id} className="button">
        {t('import.label')}
      </label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        onChange={(event) => {
          const chosen = event.target.files?.[0]
          event.target.value = ''
          if (chosen) void read(chosen)
        }}
      />
      {outcome && <p role="status">{outcome}</p>}
      {problems && (
        <div role="alert" className="import-problems">
          <p>{t('import.refused')}</p>
          <ul>
            {Object.entries(problems).flatMap(([file, list]) =>
              (list ?? []).map((problem, index) => (
                <li key={`${file}:${index}`}>
                  <code>
                    {file}
                    {problem.path.length > 0 ? ` › ${problem.path.join(' › ')}` : ''}
                  </code>
                  : {problem.message}
                </li>
              )),
            )}
          </ul>
        </div>
      )}
    </div>
  )
}
