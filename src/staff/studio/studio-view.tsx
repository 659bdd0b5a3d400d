import { useCallback, useEffect, useMemo, useState } from 'react'
import { errandFileSchema, type ErrandFile } from '../../errands/errand-file'
import { DICTIONARY } from '../../i18n/dictionary'
import { useConsole, useConsoleState } from '../console-context'
import { AuthoredList } from './authored-list'
import { builtInErrands } from './builtin-errands'
import { freshTaskId, taskIdOf, withTaskId } from './duplicate'
import { ErrandEditor } from './errand-editor'
import { errandTitle } from './errand-title'
import { ImportButton } from './import-button'
import { exportAuthored, isExpired, listAuthored, type AuthoredErrand } from './studio-api'
import { useDrafts } from './use-drafts'
import { useStudioText } from './studio-text'
import { WishesPanel } from './wishes-panel'
import './studio.css'

/** What the studio shows: the list, a draft being edited, or a built-in errand read-only. */
type Open = { kind: 'draft'; key: string } | { kind: 'builtin'; id: string } | null

function openOfLocation(): Open {
  const query = new URLSearchParams(location.search)
  const draft = query.get('draft')
  const builtin = query.get('errand')
  return draft ? { kind: 'draft', key: draft } : builtin ? { kind: 'builtin', id: builtin } : null
}

function queryOf(open: Open): string {
  return open === null ? '' : open.kind === 'draft' ? `?draft=${open.key}` : `?errand=${open.id}`
}

const appText = (locale: Parameters<typeof errandTitle>[1], key: string) => DICTIONARY[locale][key]

/**
 * The authoring studio at `/staff/studio`: every errand (the built-in ones read-only, the published ones with
 * their versions, the drafts of this browser), "Duplicate" to start a new one, and the editor.
 */
export default function StudioView() {
  const t = useStudioText()
  const { store, link, saveLogin } = useConsole()
  const login = useConsoleState((state) => state.login)
  const locale = useConsoleState((state) => state.locale)
  const builtIns = useMemo(() => builtInErrands(), [])
  const { drafts, kept, add, change, remove } = useDrafts()
  const [open, setOpen] = useState<Open>(openOfLocation)
  const [authored, setAuthored] = useState<{
    state: 'loading' | 'ready' | 'problem'
    errands: AuthoredErrand[]
  }>({
    state: 'loading',
    errands: [],
  })
  const [reload, setReload] = useState(0)
  const [notice, setNotice] = useState<string | null>(null)

  // The address keeps what is open, so a reload (or Back) comes back to it.
  useEffect(() => {
    const query = queryOf(open)
    if (location.search !== query) history.pushState(history.state, '', `${location.pathname}${query}`)
  }, [open])
  useEffect(() => {
    const back = () => setOpen(openOfLocation())
    window.addEventListener('popstate', back)
    return () => window.removeEventListener('popstate', back)
  }, [])

  // The list of published errands is read again each time it shows, so it has what was published meanwhile.
  const listing = open === null
  useEffect(() => {
    if (!login || !listing) return
    const abort = new AbortController()
    listAuthored(login, abort.signal).then(
      (errands) => setAuthored({ state: 'ready', errands }),
      (error: unknown) => {
        if (abort.signal.aborted) return
        if (isExpired(error)) {
          link.stop()
          saveLogin(null)
          store.setState({ login: null, loginNotice: 'staff.session-expired', stations: [] })
        }
        setAuthored({ state: 'problem', errands: [] })
      },
    )
    return () => abort.abort()
  }, [login, reload, link, saveLogin, store, listing])

  const takenIds = useMemo(
    () =>
      new Set([
        ...builtIns.map(({ file }) => taskIdOf(file)),
        ...drafts.map(({ file }) => taskIdOf(file)),
        ...authored.errands.map(({ id }) => id),
      ]),
    [builtIns, drafts, authored],
  )
  const duplicate = useCallback(
    (file: ErrandFile) => {
      const copy = withTaskId(file, freshTaskId(taskIdOf(file), takenIds), appText)
      const draft = add(copy)
      setOpen({ kind: 'draft', key: draft.key })
    },
    [add, takenIds],
  )
  const fromServer = useCallback(
    async (id: string, then: (file: ErrandFile) => void) => {
      if (!login) return
      try {
        const parsed = errandFileSchema.safeParse(await exportAuthored(login, id))
        if (parsed.success) then(parsed.data)
        else setNotice(t('action.failed.failed'))
      } catch {
        setNotice(t('action.failed.offline'))
      }
    },
    [login, t],
  )

  const draft = open?.kind === 'draft' ? drafts.find((entry) => entry.key === open.key) : undefined
  const builtIn =
    open?.kind === 'builtin' ? builtIns.find(({ file }) => taskIdOf(file) === open.id) : undefined
  const onChange = useCallback(
    (edit: (file: ErrandFile) => ErrandFile) => {
      if (draft) change(draft.key, edit)
    },
    [draft, change],
  )
  const back = useCallback(() => setOpen(null), [])

  if (draft)
    return (
      <ErrandEditor key={draft.key} file={draft.file} onChange={onChange} readOnly={false} onBack={back} />
    )
  if (builtIn)
    return <ErrandEditor key={open?.kind} file={builtIn.file} onChange={onChange} readOnly onBack={back} />

  return (
    <main className="studio" aria-labelledby="studio-title">
      <div className="studio-head">
        <h2 id="studio-title">{t('studio.title')}</h2>
        <ImportButton onImported={() => setReload((n) => n + 1)} />
      </div>
      <p className="studio-intro">{t('studio.intro')}</p>
      <WishesPanel />
      {!kept && <p role="alert">{t('studio.not-kept')}</p>}
      {notice && <p role="alert">{notice}</p>}
      <section aria-labelledby="drafts-title">
        <h3 id="drafts-title">{t('list.drafts')}</h3>
        {drafts.length === 0 ? (
          <p className="empty">{t('list.drafts.none')}</p>
        ) : (
          <ul className="errand-list">
            {drafts.map(({ key, file, savedAt }) => (
              <li key={key} className="errand-row" data-errand={taskIdOf(file)}>
                <div className="errand-name">
                  <strong>{errandTitle(file, locale)}</strong>
                  <span className="errand-id">{taskIdOf(file)}</span>
                  <span className="saved">
                    {t('list.saved', { time: new Date(savedAt).toLocaleString(locale) })}
                  </span>
                </div>
                <div className="row-actions">
                  <button type="button" onClick={() => setOpen({ kind: 'draft', key })}>
                    {t('list.edit')}
                  </button>
                  <button type="button" onClick={() => duplicate(file)}>
                    {t('list.duplicate')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      if (window.confirm(t('list.delete.confirm', { title: errandTitle(file, locale) })))
                        remove(key)
                    }}
                  >
                    {t('list.delete')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="authored-title">
        <h3 id="authored-title">{t('list.authored')}</h3>
        {authored.state === 'problem' ? (
          <p className="empty">{t('list.authored.failed')}</p>
        ) : (
          <AuthoredList
            errands={authored.errands}
            onChanged={() => setReload((n) => n + 1)}
            onEdit={(id) => void fromServer(id, (file) => setOpen({ kind: 'draft', key: add(file).key }))}
            onDuplicate={(id) => void fromServer(id, duplicate)}
          />
        )}
      </section>
      <section aria-labelledby="builtin-title">
        <h3 id="builtin-title">{t('list.builtin')}</h3>
        <ul className="errand-list">
          {builtIns.map(({ folder, file }) => (
            <li key={folder} className="errand-row" data-errand={taskIdOf(file)}>
              <div className="errand-name">
                <strong>{errandTitle(file, locale)}</strong>
                <span className="errand-id">{taskIdOf(file)}</span>
                <span className="badge">{t('list.read-only')}</span>
              </div>
              <div className="row-actions">
                <button type="button" onClick={() => setOpen({ kind: 'builtin', id: taskIdOf(file) })}>
                  {t('list.view')}
                </button>
                <button type="button" onClick={() => duplicate(file)}>
                  {t('list.duplicate')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </main>
  )
}
