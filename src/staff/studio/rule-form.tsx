import { FORMATS } from '../../tasks/format-registry'
import type { RuleName } from '../../tasks/rule-registry'
import { useEditor } from './editor-context'
import { addOption, setParam } from './errand-edits'
import { FieldGroup, InputField, SelectField, TextsField } from './fields'
import { getAt } from './json-path'
import { FieldProblems } from './problems-context'
import { fileField } from './problem-fields'
import { useStudioText } from './studio-text'

/** Comma-separated items, as an author types a short list ("09:00, 09:30"). */
function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

function text(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return ''
}

/** A practice reference (`{ "$practice": name }`) or a plain value, as one input: `$name` for a reference. */
function valueText(value: unknown): string {
  const ref = getAt(value, ['$practice'])
  return typeof ref === 'string' ? `$${ref}` : text(value)
}

function valueOf(input: string): unknown {
  return input.startsWith('$') ? { $practice: input.slice(1) } : input
}

/** The parameters of one step's rule as form fields: the expected value, the options, the dates, the times. */
export function RuleForm({ index, rule, params }: { index: number; rule: RuleName; params: unknown }) {
  const { update, file } = useEditor()
  const t = useStudioText()
  const at = (name: string) => fileField('task.json', ['steps', index, 'complete', 'params', name])
  const set = (path: (string | number)[], value: unknown) =>
    update((current) => setParam(current, index, path, value))
  const param = (...path: (string | number)[]) => getAt(params, path)
  const practiceNames = Object.keys(getAt(file.files['practice.json'], ['values']) ?? {}).map(
    (name) => `$${name}`,
  )

  const fieldInput = (
    <InputField
      label={t('rule.field')}
      hint={t('rule.field.hint')}
      field={at('field')}
      value={text(param('field'))}
      onChange={(value) => set(['field'], value)}
    />
  )
  const targetInput = (
    <InputField
      label={t('rule.target')}
      field={at('target')}
      value={text(param('target'))}
      onChange={(value) => set(['target'], value)}
    />
  )

  switch (rule) {
    case 'activate':
      return (
        <>
          {targetInput}
          <PairsField
            label={t('rule.wrong-targets')}
            field={at('wrongTargets')}
            keyLabel={t('rule.control')}
            valueLabel={t('rule.mistake-code')}
            pairs={param('wrongTargets')}
            onChange={(value) => set(['wrongTargets'], value)}
          />
        </>
      )
    case 'confirm':
      return (
        <>
          {targetInput}
          <PairsField
            label={t('rule.requires')}
            field={at('requires')}
            keyLabel={t('rule.field')}
            valueLabel={t('rule.value')}
            pairs={param('requires')}
            onChange={(value) => set(['requires'], value)}
          />
          <PairsField
            label={t('rule.codes')}
            field={at('codes')}
            keyLabel={t('rule.field')}
            valueLabel={t('rule.mistake-code')}
            pairs={param('codes')}
            onChange={(value) => set(['codes'], value)}
          />
        </>
      )
    case 'enter-value':
      return (
        <>
          {fieldInput}
          <SelectField
            label={t('rule.format')}
            field={at('format')}
            value={text(param('format'))}
            options={[...FORMATS.keys()].sort().map((id) => ({ value: id, label: t(`format.${id}|${id}`) }))}
            onChange={(value) => set(['format'], value)}
          />
          <InputField
            label={t('rule.expected')}
            hint={t('rule.expected.hint')}
            field={at('expected')}
            value={valueText(param('expected'))}
            list={practiceNames}
            onChange={(value) => set(['expected'], valueOf(value))}
          />
        </>
      )
    case 'choose': {
      const options = param('options')
      const list = Array.isArray(options) ? options : []
      const expected = param('expected')
      const multiple = Array.isArray(expected)
      const expectedIds = multiple ? expected.map(text) : [valueText(expected)]
      return (
        <>
          {fieldInput}
          <FieldGroup
            title={t('rule.options')}
            field={at('options')}
            actions={
              <button type="button" onClick={() => update((current) => addOption(current, index))}>
                {t('rule.options.add')}
              </button>
            }
          >
            <ol className="option-list">
              {list.map((option: unknown, o) => {
                const id = text(getAt(option, ['id']))
                const label = text(getAt(option, ['label']))
                const chosen = expectedIds.includes(id)
                return (
                  <li key={o} className="option-row">
                    <InputField
                      label={t('rule.option.id', { n: o + 1 })}
                      field={fileField('task.json', [
                        'steps',
                        index,
                        'complete',
                        'params',
                        'options',
                        o,
                        'id',
                      ])}
                      value={id}
                      onChange={(value) => set(['options', o, 'id'], value)}
                    />
                    <label className="check">
                      <input
                        type={multiple ? 'checkbox' : 'radio'}
                        name={`expected-${index}`}
                        checked={chosen}
                        onChange={() =>
                          set(
                            ['expected'],
                            multiple
                              ? chosen
                                ? expectedIds.filter((other) => other !== id)
                                : [...expectedIds, id]
                              : id,
                          )
                        }
                      />
                      {t('rule.option.right')}
                    </label>
                    {label !== '' && (
                      <TextsField label={t('rule.option.label', { n: o + 1 })} textKey={label} />
                    )}
                    <button
                      type="button"
                      onClick={() =>
                        set(
                          ['options'],
                          list.filter((_other: unknown, i) => i !== o),
                        )
                      }
                    >
                      {t('rule.option.remove', { n: o + 1 })}
                    </button>
                  </li>
                )
              })}
            </ol>
            <FieldProblems id={at('expected')} />
          </FieldGroup>
          <label className="check">
            <input
              type="checkbox"
              checked={multiple}
              onChange={() =>
                set(['expected'], multiple ? (expectedIds[0] ?? '') : expectedIds.filter((id) => id !== ''))
              }
            />
            {t('rule.choose.several')}
          </label>
        </>
      )
    }
    case 'pick-date': {
      const weekdays = param('unavailableWeekdays')
      const closed = Array.isArray(weekdays) ? weekdays : []
      const offset = (name: 'earliest' | 'latest') => (
        <InputField
          label={t(`rule.${name}`)}
          hint={t('rule.days.hint')}
          field={at(name)}
          value={text(param(name, 'days'))}
          onChange={(value) => set([name], value.trim() === '' ? undefined : { days: Number(value) })}
        />
      )
      return (
        <>
          {fieldInput}
          {offset('earliest')}
          {offset('latest')}
          <FieldGroup title={t('rule.closed-days')} field={at('unavailableWeekdays')}>
            <div className="weekdays">
              {[1, 2, 3, 4, 5, 6, 0].map((day) => (
                <label key={day} className="check">
                  <input
                    type="checkbox"
                    checked={closed.includes(day)}
                    onChange={() => {
                      const next = closed.includes(day)
                        ? closed.filter((other) => other !== day)
                        : [...closed, day]
                      set(['unavailableWeekdays'], next.length === 0 ? undefined : next)
                    }}
                  />
                  {t(`weekday.${day}`)}
                </label>
              ))}
            </div>
          </FieldGroup>
        </>
      )
    }
    case 'pick-time': {
      const times = param('times')
      const offered = Array.isArray(times) ? times.map(text) : []
      const takenParam = param('taken')
      const taken = Array.isArray(takenParam) ? takenParam.map(text) : []
      return (
        <>
          {fieldInput}
          <InputField
            label={t('rule.times')}
            hint={t('rule.times.hint')}
            field={at('times')}
            value={offered.join(', ')}
            onChange={(value) => set(['times'], splitList(value))}
          />
          <FieldGroup title={t('rule.taken')} field={at('taken')}>
            <div className="weekdays">
              {offered.map((time) => (
                <label key={time} className="check">
                  <input
                    type="checkbox"
                    checked={taken.includes(time)}
                    onChange={() => {
                      const next = taken.includes(time)
                        ? taken.filter((other) => other !== time)
                        : [...taken, time]
                      set(['taken'], next.length === 0 ? undefined : next)
                    }}
                  />
                  {time}
                </label>
              ))}
            </div>
          </FieldGroup>
        </>
      )
    }
  }
}

/** Name → value pairs (a wrong control and its mistake code), one row each, with add and remove. */
function PairsField({
  label,
  field,
  keyLabel,
  valueLabel,
  pairs,
  onChange,
}: {
  label: string
  field: string
  keyLabel: string
  valueLabel: string
  pairs: unknown
  onChange: (value: Record<string, string> | undefined) => void
}) {
  const t = useStudioText()
  const { readOnly } = useEditor()
  const entries = Object.entries(typeof pairs === 'object' && pairs !== null ? pairs : {}).map(
    ([key, value]): [string, string] => [key, text(value)],
  )
  const write = (next: [string, string][]) =>
    onChange(next.length === 0 ? undefined : Object.fromEntries(next))
  return (
    <FieldGroup
      title={label}
      field={field}
      actions={
        readOnly ? undefined : (
          <button type="button" onClick={() => write([...entries, [`new-${entries.length + 1}`, '']])}>
            {t('pairs.add')}
          </button>
        )
      }
    >
      {entries.map(([key, value], row) => (
        <div key={row} className="pair-row">
          <InputField
            label={keyLabel}
            field={`${field}.${key}`}
            value={key}
            onChange={(next) => write(entries.map((entry, i) => (i === row ? [next, entry[1]] : entry)))}
          />
          <InputField
            label={valueLabel}
            field={`${field}.${key}.value`}
            value={value}
            onChange={(next) => write(entries.map((entry, i) => (i === row ? [entry[0], next] : entry)))}
          />
          {!readOnly && (
            <button type="button" onClick={() => write(entries.filter((_entry, i) => i !== row))}>
              {t('pairs.remove')}
            </button>
          )}
        </div>
      ))}
    </FieldGroup>
  )
}
