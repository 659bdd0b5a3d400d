import { useState } from 'react'
import { useConsoleState } from '../console-context'
import { rollBack, unpublish, type AuthoredErrand, type WriteResult } from './studio-api'
import { useStudioText } from './studio-text'

/** The errands staff have published: each with its versions, which one runs, "Roll back" and "Unpublish". */
export function AuthoredList({
  errands,
  onChanged,
  onEdit,
  onDuplicate,
}: {
  errands: readonly AuthoredErrand[]
  onChanged: () => void
  onEdit: (id: string) => void
  onDuplicate: (id: string) => void
}) {
  const t = useStudioText()
  const login = useConsoleState((state) => state.login)
  const [outcome, setOutcome] = useState<string | null>(null)
  const after = (result: WriteResult<unknown>, done: string) => {
    setOutcome(
      result.state === 'done'
        ? done
        : t(result.state === 'failed' ? `action.failed.${result.problem}` : 'action.failed.failed'),
    )
    onChanged()
  }
  if (errands.length === 0) return <p className="empty">{t('list.authored.none')}</p>
  return (
    <>
      <ul className="errand-list">
        {errands.map((errand) => (
          <li key={errand.id} className="errand-row" data-errand={errand.id}>
            <div className="errand-name">
              <strong>{errand.title ?? errand.id}</strong>
              <span className="errand-id">{errand.id}</span>
              <span className="badge">
                {errand.published == null
                  ? t('list.unpublished')
                  : t('list.published', { version: errand.published })}
              </span>
            </div>
            <div className="row-actions">
              <button type="button" onClick={() => onEdit(errand.id)}>
                {t('list.edit')}
              </button>
              <button type="button" onClick={() => onDuplicate(errand.id)}>
                {t('list.duplicate')}
              </button>
              {errand.published != null && login && (
                <button
                  type="button"
                  onClick={() =>
                    void unpublish(login, errand.id).then((r) => after(r, t('list.unpublished.done')))
                  }
                >
                  {t('list.unpublish')}
                </button>
              )}
            </div>
            <details>
              <summary>{t('list.versions', { count: errand.versions.length })}</summary>
              <ol className="versions">
                {errand.versions.map((version) => (
                  <li key={version.version}>
                    {t('list.version', { version: version.version })}
                    {version.publishedAt !== undefined &&
                      ` · ${new Date(version.publishedAt).toLocaleString()}`}
                    {version.note ? ` · ${version.note}` : ''}
                    {version.version === errand.published ? (
                      <span className="badge">{t('list.running')}</span>
                    ) : (
                      login && (
                        <button
                          type="button"
                          onClick={() =>
                            void rollBack(login, errand.id, version.version).then((r) =>
                              after(r, t('list.rolled-back', { version: version.version })),
                            )
                          }
                        >
                          {t('list.roll-back', { version: version.version })}
                        </button>
                      )
                    )}
                  </li>
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ul>
      {outcome && <p role="status">{outcome}</p>}
    </>
  )
}
