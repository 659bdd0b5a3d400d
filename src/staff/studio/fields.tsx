import { useId, type ReactNode } from 'react'
import { LOCALES, localeInfo } from '../../domain/locales'
import { DICTIONARY } from '../../i18n/dictionary'
import { useEditor } from './editor-context'
import { setText } from './errand-edits'
import { FieldProblems, useFieldProblems } from './problems-context'
import { textField, type FieldId } from './problem-fields'
import { useStudioText } from './studio-text'

/** A labelled one-line input, its problems beside it. */
export function InputField({
  label,
  field,
  value,
  onChange,
  hint,
  list,
}: {
  label: string
  field: FieldId
  value: string
  onChange: (value: string) => void
  hint?: string
  /** Suggestions offered as the author types (ids the page draws, stages). */
  list?: readonly string[]
}) {
  const { readOnly } = useEditor()
  const id = useId()
  const invalid = useFieldProblems(field).length > 0
  return (
    <div className={`field${invalid ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        readOnly={readOnly}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-problems` : undefined}
        list={list ? `${id}-list` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {list && (
        <datalist id={`${id}-list`}>
          {list.map((option) => (
            <option key={option} value={option} />
          ))}
        </datalist>
      )}
      {hint && <p className="field-hint">{hint}</p>}
      <FieldProblems id={field} describes={`${id}-problems`} />
    </div>
  )
}

/** A labelled choice from a short list, its problems beside it. */
export function SelectField({
  label,
  field,
  value,
  options,
  onChange,
}: {
  label: string
  field: FieldId
  value: string
  options: readonly { value: string; label: string }[]
  onChange: (value: string) => void
}) {
  const { readOnly } = useEditor()
  const id = useId()
  const invalid = useFieldProblems(field).length > 0
  const known = options.some((option) => option.value === value)
  return (
    <div className={`field${invalid ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={readOnly}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {!known && <option value={value}>{value || '—'}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldProblems id={field} />
    </div>
  )
}

/** A titled group of fields with its own problems (those no field inside takes). */
export function FieldGroup({
  title,
  field,
  actions,
  children,
}: {
  title: ReactNode
  field?: FieldId
  actions?: ReactNode
  children: ReactNode
}) {
  return (
    <fieldset className="field-group">
      <legend>{title}</legend>
      {actions && <div className="group-actions">{actions}</div>}
      {field && <FieldProblems id={field} />}
      {children}
    </fieldset>
  )
}

/**
 * One text of the errand in all four languages side by side, each language's input flagged when it is missing.
 * The text is the errand's own; where the app has the key (a text the errand shares), that shows as a hint.
 */
export function TextsField({
  label,
  textKey,
  field,
  multiline = false,
}: {
  label: string
  textKey: string
  /** The file field that names the key, for problems about the key itself. */
  field?: FieldId
  multiline?: boolean
}) {
  const { file, update, readOnly } = useEditor()
  const t = useStudioText()
  const id = useId()
  return (
    <fieldset className="texts-field" data-text-key={textKey}>
      <legend>{label}</legend>
      {field && <FieldProblems id={field} />}
      <div className="texts-row">
        {LOCALES.map(({ code, name }) => {
          const own = file.texts[code][textKey]
          const shared = DICTIONARY[code][textKey]
          const missing = own === undefined && shared === undefined
          const inputId = `${id}-${code}`
          const problems = textField(code, textKey)
          const Input = multiline ? 'textarea' : 'input'
          return (
            <div key={code} className={`text-cell${missing ? ' missing' : ''}`}>
              <label htmlFor={inputId}>
                {name}
                {missing && <span className="missing-flag"> · {t('text.missing')}</span>}
              </label>
              <Input
                id={inputId}
                dir={localeInfo(code).dir}
                lang={localeInfo(code).tag}
                aria-label={`${label} (${name})`}
                aria-invalid={missing || undefined}
                readOnly={readOnly}
                value={own ?? ''}
                placeholder={shared ?? ''}
                onChange={(event) => update((current) => setText(current, code, textKey, event.target.value))}
              />
              <FieldProblems id={problems} />
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
