import { DOCUMENT_LOOKS } from '../../errands/document-schema'
import { pageTextKeys } from '../../errands/page-ids'
import {
  DOCUMENT_ITEM_KINDS,
  addItem,
  addLine,
  addSection,
  createDocument,
  itemKind,
  moveSection,
  removeDocument,
  removeItem,
  removeLine,
  removeSection,
  sectionsOf,
  setEmphasis,
  setSectionHeading,
} from './document-edits'
import { useEditor } from './editor-context'
import { setInFile } from './errand-edits'
import { FieldGroup, InputField, SelectField, TextsField } from './fields'
import { getAt } from './json-path'
import { fileField } from './problem-fields'
import { useStudioText } from './studio-text'

/** The label of a text on the paper, by the part of the file that names it (`titleKey`, `paragraph`). */
function useTextLabel() {
  const t = useStudioText()
  return (path: readonly (string | number)[]) =>
    t(`document.text.${String(path.findLast((part) => typeof part === 'string'))}|${t('block.text')}`)
}

/** One item of a section: its texts, and the buttons that change it. */
function ItemFields({ section, item, data }: { section: number; item: number; data: unknown }) {
  const { update, readOnly } = useEditor()
  const t = useStudioText()
  const label = useTextLabel()
  const kind = itemKind(data)
  const path = ['sections', section, 'items', item]
  const lines = kind === 'entries' || kind === 'list' ? getAt(data, [kind]) : undefined
  const lineCount = Array.isArray(lines) ? lines.length : 0
  return (
    <FieldGroup
      title={kind ? t(`document.item.${kind}`) : '—'}
      field={fileField('document.json', path)}
      actions={
        readOnly ? undefined : (
          <button
            type="button"
            className="danger"
            onClick={() => update((current) => removeItem(current, section, item))}
          >
            {t('document.item.remove', { kind: kind ? t(`document.item.${kind}`) : '' })}
          </button>
        )
      }
    >
      {kind === 'entries' && (
        <label className="check">
          <input
            type="checkbox"
            checked={getAt(data, ['emphasis']) === true}
            disabled={readOnly}
            onChange={(event) =>
              update((current) => setEmphasis(current, section, item, event.target.checked))
            }
          />
          {t('document.emphasis')}
        </label>
      )}
      {pageTextKeys(data).map(({ key, path: textPath }) => {
        const line = typeof textPath[1] === 'number' ? textPath[1] : null
        const lineLabel = line === null ? label(textPath) : `${label(textPath)} ${line + 1}`
        return (
          <div key={textPath.join('.')} className="document-line">
            <TextsField
              label={`${t('document.section', { n: section + 1 })} · ${lineLabel}`}
              textKey={key}
              field={fileField('document.json', [...path, ...textPath])}
            />
            {!readOnly &&
              line !== null &&
              lineCount > 1 &&
              (textPath.length === 2 || textPath[2] === 'labelKey') && (
                <button
                  type="button"
                  onClick={() => update((current) => removeLine(current, section, item, line))}
                >
                  {t('document.line.remove', { n: line + 1 })}
                </button>
              )}
          </div>
        )
      })}
      {!readOnly && (kind === 'entries' || kind === 'list') && (
        <div className="group-actions">
          <button type="button" onClick={() => update((current) => addLine(current, section, item))}>
            {t(`document.line.add.${kind}`)}
          </button>
        </div>
      )}
    </FieldGroup>
  )
}

/** One section of the paper: its heading, its items, and the buttons that add to it. */
function SectionFields({ section, count, data }: { section: number; count: number; data: unknown }) {
  const { update, readOnly } = useEditor()
  const t = useStudioText()
  const n = section + 1
  const heading = getAt(data, ['headingKey'])
  const items = getAt(data, ['items'])
  return (
    <FieldGroup
      title={t('document.section', { n })}
      field={fileField('document.json', ['sections', section])}
      actions={
        readOnly ? undefined : (
          <>
            <button
              type="button"
              disabled={section === 0}
              onClick={() => update((current) => moveSection(current, section, section - 1))}
            >
              {t('document.section.up', { n })}
            </button>
            <button
              type="button"
              disabled={section === count - 1}
              onClick={() => update((current) => moveSection(current, section, section + 1))}
            >
              {t('document.section.down', { n })}
            </button>
            <button
              type="button"
              className="danger"
              disabled={count === 1}
              onClick={() => update((current) => removeSection(current, section))}
            >
              {t('document.section.remove', { n })}
            </button>
          </>
        )
      }
    >
      <label className="check">
        <input
          type="checkbox"
          checked={typeof heading === 'string'}
          disabled={readOnly}
          onChange={(event) => update((current) => setSectionHeading(current, section, event.target.checked))}
        />
        {t('document.section.heading')}
      </label>
      {typeof heading === 'string' && (
        <TextsField
          label={`${t('document.section', { n })} · ${t('document.text.headingKey')}`}
          textKey={heading}
          field={fileField('document.json', ['sections', section, 'headingKey'])}
        />
      )}
      {(Array.isArray(items) ? items : []).map((item: unknown, i) => (
        <ItemFields key={i} section={section} item={i} data={item} />
      ))}
      {!readOnly && (
        <div className="group-actions">
          {DOCUMENT_ITEM_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              onClick={() => update((current) => addItem(current, section, kind))}
            >
              {t('document.item.add', { n, kind: t(`document.item.${kind}`) })}
            </button>
          ))}
        </div>
      )}
    </FieldGroup>
  )
}

/**
 * The errand's paper (a bill, a letter, a card): how it looks, its name and title, and its sections of
 * label/value rows, paragraphs and lists. An errand without one can have one written from nothing.
 */
export function DocumentForm() {
  const { file, update, readOnly } = useEditor()
  const t = useStudioText()
  const label = useTextLabel()
  const document = file.files['document.json']
  if (document === undefined)
    return (
      <div className="document-none">
        <p className="empty">{t('document.none')}</p>
        {!readOnly && (
          <button type="button" className="primary" onClick={() => update(createDocument)}>
            {t('document.create')}
          </button>
        )}
      </div>
    )
  const sections = sectionsOf(file)
  return (
    <FieldGroup
      title={t('tab.document')}
      field="document.json#"
      actions={
        readOnly ? undefined : (
          <button type="button" className="danger" onClick={() => update(removeDocument)}>
            {t('document.remove')}
          </button>
        )
      }
    >
      <SelectField
        label={t('document.look')}
        field="document.json#look"
        value={String(getAt(document, ['look']) ?? '')}
        options={DOCUMENT_LOOKS.map((look) => ({ value: look, label: t(`document.look.${look}`) }))}
        onChange={(value) => update((current) => setInFile(current, 'document.json', ['look'], value))}
      />
      <InputField
        label={t('document.id')}
        field="document.json#id"
        value={String(getAt(document, ['id']) ?? '')}
        onChange={(value) => update((current) => setInFile(current, 'document.json', ['id'], value))}
      />
      {pageTextKeys(document)
        .filter(({ path }) => path[0] !== 'sections')
        .map(({ key, path }) => (
          <TextsField
            key={path.join('.')}
            label={label(path)}
            textKey={key}
            field={fileField('document.json', path)}
          />
        ))}
      {sections.map((section, index) => (
        <SectionFields key={index} section={index} count={sections.length} data={section} />
      ))}
      {!readOnly && (
        <div className="group-actions">
          <button type="button" onClick={() => update((current) => addSection(current))}>
            {t('document.section.add')}
          </button>
        </div>
      )}
    </FieldGroup>
  )
}
