import { FORMATS } from '../../tasks/format-registry'
import { useEditor } from './editor-context'
import { setInFile } from './errand-edits'
import { FieldGroup, InputField, SelectField } from './fields'
import { getAt } from './json-path'
import { fileField } from './problem-fields'
import { useStudioText } from './studio-text'

/** The errand's made-up data: each value's name, the value, and the format it must pass. */
export function PracticeForm() {
  const { file, update, readOnly } = useEditor()
  const t = useStudioText()
  const raw = getAt(file.files['practice.json'], ['values'])
  const values = Object.entries(typeof raw === 'object' && raw !== null ? raw : {})
  const write = (next: [string, unknown][]) =>
    update((current) => setInFile(current, 'practice.json', ['values'], Object.fromEntries(next)))
  return (
    <FieldGroup
      title={t('tab.practice')}
      field="practice.json#"
      actions={
        readOnly ? undefined : (
          <button
            type="button"
            onClick={() => write([...values, [`value-${values.length + 1}`, { value: '' }]])}
          >
            {t('practice.add')}
          </button>
        )
      }
    >
      {values.map(([name, value], row) => {
        const at = (...path: string[]) => fileField('practice.json', ['values', name, ...path])
        const days = getAt(value, ['daysFromToday'])
        const set = (next: unknown) => write(values.map((entry, i) => (i === row ? [name, next] : entry)))
        return (
          <div key={row} className="pair-row">
            <InputField
              label={t('practice.name')}
              field={at()}
              value={name}
              onChange={(next) => write(values.map((entry, i) => (i === row ? [next, entry[1]] : entry)))}
            />
            {typeof days === 'number' ? (
              <InputField
                label={t('practice.days')}
                field={at('daysFromToday')}
                value={String(days)}
                onChange={(next) => set({ daysFromToday: Number(next) })}
              />
            ) : (
              <>
                <InputField
                  label={t('practice.value')}
                  field={at('value')}
                  value={String(getAt(value, ['value']) ?? '')}
                  onChange={(next) => set({ ...(value as object), value: next })}
                />
                <SelectField
                  label={t('practice.format')}
                  field={at('format')}
                  value={String(getAt(value, ['format']) ?? '')}
                  options={[
                    { value: '', label: t('practice.format.none') },
                    ...[...FORMATS.keys()]
                      .sort()
                      .map((id) => ({ value: id, label: t(`format.${id}|${id}`) })),
                  ]}
                  onChange={(next) => {
                    const { format: _old, ...rest } = value as { format?: string }
                    set(next === '' ? rest : { ...rest, format: next })
                  }}
                />
              </>
            )}
            {!readOnly && (
              <button type="button" onClick={() => write(values.filter((_entry, i) => i !== row))}>
                {t('practice.remove', { name })}
              </button>
            )}
          </div>
        )
      })}
    </FieldGroup>
  )
}
