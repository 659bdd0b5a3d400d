import { DOCUMENT_LOOKS } from '../../errands/document-schema'
import { pageTextKeys } from '../../errands/page-ids'
import { useEditor } from './editor-context'
import { setInFile } from './errand-edits'
import { FieldGroup, SelectField, TextsField } from './fields'
import { getAt } from './json-path'
import { useStudioText } from './studio-text'

/** The errand's paper (a bill, a letter, a card): how it looks, and every text printed on it. */
export function DocumentForm() {
  const { file, update } = useEditor()
  const t = useStudioText()
  const document = file.files['document.json']
  if (document === undefined) return <p className="empty">{t('document.none')}</p>
  return (
    <FieldGroup title={t('tab.document')} field="document.json#">
      <SelectField
        label={t('document.look')}
        field="document.json#look"
        value={String(getAt(document, ['look']) ?? '')}
        options={DOCUMENT_LOOKS.map((look) => ({ value: look, label: t(`document.look.${look}`) }))}
        onChange={(value) => update((current) => setInFile(current, 'document.json', ['look'], value))}
      />
      {pageTextKeys(document).map(({ key, path }) => (
        <TextsField
          key={path.join('.')}
          label={t(
            `document.text.${String(path.findLast((part) => typeof part === 'string'))}|${t('block.text')}`,
          )}
          textKey={key}
        />
      ))}
    </FieldGroup>
  )
}
