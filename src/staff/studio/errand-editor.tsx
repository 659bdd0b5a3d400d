import { useMemo, useState } from 'react'
import type { ErrandProblems } from '../../errands/check-errand'
import { checkErrandFile, type ErrandFile } from '../../errands/errand-file'
import { TELEMETRY_ID_PATTERN } from '../../telemetry/telemetry-id'
import { useConsoleState } from '../console-context'
import { DocumentForm } from './document-form'
import { taskIdOf, withTaskId } from './duplicate'
import { EditorProvider } from './editor-context'
import { STUDIO_CONTEXT } from './errand-context'
import { errandTitle } from './errand-title'
import { EditorActions } from './editor-actions'
import { PagesForm } from './pages-form'
import { PracticeForm } from './practice-form'
import { formFields, placeProblems, type FieldId, type PlacedProblems } from './problem-fields'
import { FieldProblems, ProblemsProvider } from './problems-context'
import { ErrandHeaderForm, StepsForm } from './steps-form'
import { useStudioText } from './studio-text'
import { TextsTable } from './texts-table'
import { DICTIONARY } from '../../i18n/dictionary'

const TABS = ['steps', 'pages', 'document', 'practice', 'texts'] as const
type Tab = (typeof TABS)[number]

/** The tab a problem's field is on. */
function tabOf(field: FieldId): Tab {
  if (field.startsWith('text:')) return 'texts'
  if (field.startsWith('pages.json')) return 'pages'
  if (field.startsWith('document.json')) return 'document'
  if (field.startsWith('practice.json')) return 'practice'
  return 'steps'
}

/** The problems of a file by the client-side check, the same code the server runs; none when it passes. */
export function problemsOf(file: ErrandFile): ErrandProblems {
  const result = checkErrandFile(file, STUDIO_CONTEXT)
  return 'problems' in result ? result.problems : {}
}

/**
 * One errand in forms: its steps, pages, paper, practice data and texts, each problem beside its field as the
 * author types. A built-in errand shows read-only.
 */
export function ErrandEditor({
  file,
  onChange,
  readOnly,
  onBack,
}: {
  file: ErrandFile
  onChange: (edit: (file: ErrandFile) => ErrandFile) => void
  readOnly: boolean
  onBack: () => void
}) {
  const t = useStudioText()
  const locale = useConsoleState((state) => state.locale)
  const [tab, setTab] = useState<Tab>('steps')
  const [serverProblems, setServerProblems] = useState<ErrandProblems>({})
  const problems = useMemo(() => (readOnly ? {} : problemsOf(file)), [file, readOnly])
  const placed = useMemo<PlacedProblems>(
    () => placeProblems(mergeProblems(problems, serverProblems), formFields(file.files)),
    [problems, serverProblems, file.files],
  )
  const counts = new Map<Tab, number>()
  for (const [field, messages] of placed)
    counts.set(tabOf(field), (counts.get(tabOf(field)) ?? 0) + messages.length)
  const editor = useMemo(
    () => ({
      file,
      readOnly,
      update: (edit: (current: ErrandFile) => ErrandFile) => {
        setServerProblems({})
        onChange(edit)
      },
    }),
    [file, readOnly, onChange],
  )
  const pages = file.files['pages.json']
  const stages = Object.keys(typeof pages === 'object' && pages !== null ? pages : {})
  return (
    <EditorProvider value={editor}>
      <ProblemsProvider value={placed}>
        <main className="studio-editor" aria-labelledby="errand-title">
          <div className="editor-head">
            <button type="button" onClick={onBack}>
              {t('editor.back')}
            </button>
            <h2 id="errand-title">{errandTitle(file, locale)}</h2>
            <span className="errand-id">{taskIdOf(file)}</span>
            {readOnly && <span className="badge">{t('editor.read-only')}</span>}
          </div>
          {!readOnly && (
            <EditorActions file={file} problems={problems} onServerProblems={setServerProblems} />
          )}
          {!readOnly && <RenameForm file={file} onChange={onChange} />}
          <FieldProblems id="(file)#" />
          <nav className="editor-tabs" role="tablist" aria-label={t('editor.tabs')}>
            {TABS.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                aria-selected={tab === name}
                className={tab === name ? 'chosen' : ''}
                onClick={() => setTab(name)}
              >
                {t(`tab.${name}`)}
                {(counts.get(name) ?? 0) > 0 && (
                  <span className="count" aria-label={t('tab.problems', { count: counts.get(name) ?? 0 })}>
                    {counts.get(name)}
                  </span>
                )}
              </button>
            ))}
          </nav>
          <div role="tabpanel" className="editor-panel">
            {tab === 'steps' && (
              <>
                <ErrandHeaderForm stages={stages} />
                <StepsForm stages={stages} />
              </>
            )}
            {tab === 'pages' && <PagesForm />}
            {tab === 'document' && <DocumentForm />}
            {tab === 'practice' && <PracticeForm />}
            {tab === 'texts' && <TextsTable />}
          </div>
        </main>
      </ProblemsProvider>
    </EditorProvider>
  )
}

function mergeProblems(a: ErrandProblems, b: ErrandProblems): ErrandProblems {
  const merged: ErrandProblems = { ...a }
  for (const [file, list] of Object.entries(b)) {
    const known = new Set((merged[file] ?? []).map((problem) => problem.message))
    merged[file] = [...(merged[file] ?? []), ...(list ?? []).filter((problem) => !known.has(problem.message))]
  }
  return merged
}

/** Gives the draft another task id: every own text key follows, so nothing is left under the old one. */
function RenameForm({
  file,
  onChange,
}: {
  file: ErrandFile
  onChange: (edit: (file: ErrandFile) => ErrandFile) => void
}) {
  const t = useStudioText()
  const [id, setId] = useState(taskIdOf(file))
  const valid = TELEMETRY_ID_PATTERN.test(id)
  return (
    <form
      className="rename"
      onSubmit={(event) => {
        event.preventDefault()
        if (valid) onChange((current) => withTaskId(current, id, (locale, key) => DICTIONARY[locale][key]))
      }}
    >
      <label>
        {t('editor.id')}
        <input
          value={id}
          onChange={(event) => setId(event.target.value)}
          aria-invalid={!valid || undefined}
        />
      </label>
      <button type="submit" disabled={!valid || id === taskIdOf(file)}>
        {t('editor.id.change')}
      </button>
      {!valid && <span role="alert">{t('editor.id.invalid')}</span>}
    </form>
  )
}
