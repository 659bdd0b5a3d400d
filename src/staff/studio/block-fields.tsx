import { pageTextKeys } from '../../errands/page-ids'
import { useEditor } from './editor-context'
import { InputField, SelectField, TextsField } from './fields'
import { getAt, type JsonPath } from './json-path'
import { listOfBlock, withListItem } from './new-blocks'
import { fileField } from './problem-fields'
import { useStudioText } from './studio-text'

/** The parts of a block that name a control, a field or a component: written as they are, not translated. */
const SETTINGS = ['id', 'field', 'keyboard', 'component'] as const

/** A text's label in a block: its part ("Row 2 · value"), numbered where the block holds a list of them. */
function textLabel(t: ReturnType<typeof useStudioText>, path: JsonPath): string {
  const [head, index] = path
  const last = path.findLast((part) => typeof part === 'string')
  const base = t(`block.text.${String(head)}|${t('block.text')}`)
  const numbered = typeof index === 'number' ? `${base} ${index + 1}` : base
  return last !== undefined && last !== head
    ? `${numbered} · ${t(`block.part.${String(last)}|${String(last)}`)}`
    : numbered
}

/**
 * The fields of one block of a page: its ids and field names, the e-ID's request, every text in the four
 * languages, and "Add a row" (or button, line, message) where the block holds a list.
 */
export function BlockFields({
  block,
  path,
  onChange,
}: {
  block: unknown
  /** The block's path in pages.json, for the problems beside its fields. */
  path: JsonPath
  onChange: (block: unknown) => void
}) {
  const { file, readOnly } = useEditor()
  const t = useStudioText()
  const set = (key: string, value: unknown) =>
    onChange({ ...(block as Record<string, unknown>), [key]: value })
  const list = listOfBlock(block)
  const request = getAt(block, ['request'])
  return (
    <>
      {SETTINGS.map((key) => {
        const value = getAt(block, [key])
        return typeof value === 'string' ? (
          <InputField
            key={key}
            label={t(`block.setting.${key}`)}
            field={fileField('pages.json', [...path, key])}
            value={value}
            onChange={(next) => set(key, next)}
          />
        ) : null
      })}
      {typeof request === 'string' && (
        <SelectField
          label={t('block.setting.request')}
          field={fileField('pages.json', [...path, 'request'])}
          value={request}
          options={['login', 'sign'].map((value) => ({ value, label: t(`block.request.${value}`) }))}
          onChange={(next) => set('request', next)}
        />
      )}
      {pageTextKeys(block).map(({ key, path: textPath }) => (
        <TextsField
          key={textPath.join('.')}
          label={textLabel(t, textPath)}
          textKey={key}
          field={fileField('pages.json', [...path, ...textPath])}
        />
      ))}
      {list && !readOnly && (
        <div className="group-actions">
          <button type="button" onClick={() => onChange(withListItem(file, block, list))}>
            {t(`block.add.${list}`)}
          </button>
        </div>
      )}
    </>
  )
}
