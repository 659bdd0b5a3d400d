import { LOCALES, localeInfo } from '../../domain/locales'
import { DICTIONARY } from '../../i18n/dictionary'
import { useEditor } from './editor-context'
import { setText } from './errand-edits'
import { FieldProblems } from './problems-context'
import { textField } from './problem-fields'
import { useStudioText } from './studio-text'
import { distinctKeys, errandTextKeys } from './text-keys'

/** Every text of the errand in the four languages side by side; a missing translation is flagged and counted. */
export function TextsTable() {
  const { file, update, readOnly } = useEditor()
  const t = useStudioText()
  const keys = distinctKeys(errandTextKeys(file.files))
  const missing = (code: (typeof LOCALES)[number]['code'], key: string) =>
    file.texts[code][key] === undefined && DICTIONARY[code][key] === undefined
  const counts = LOCALES.map(({ code, name }) => ({
    name,
    count: keys.filter((key) => missing(code, key)).length,
  }))
  return (
    <section className="texts-tab" aria-label={t('tab.texts')}>
      <p role="status">
        {counts.map(({ name, count }) => t('texts.missing-count', { language: name, count })).join(' · ')}
      </p>
      <table className="texts-table">
        <thead>
          <tr>
            {LOCALES.map(({ code, name }) => (
              <th key={code} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key}>
              {LOCALES.map(({ code, name }) => (
                <td key={code} className={missing(code, key) ? 'missing' : undefined}>
                  <textarea
                    dir={localeInfo(code).dir}
                    lang={localeInfo(code).tag}
                    aria-label={`${key} (${name})`}
                    title={key}
                    readOnly={readOnly}
                    value={file.texts[code][key] ?? ''}
                    placeholder={DICTIONARY[code][key] ?? t('text.missing')}
                    onChange={(event) => update((current) => setText(current, code, key, event.target.value))}
                  />
                  <FieldProblems id={textField(code, key)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
