import { useState } from 'react'
import { pageTextKeys } from '../../errands/page-ids'
import { useEditor } from './editor-context'
import { setInFile, stepsOf } from './errand-edits'
import { FieldGroup, SelectField, TextsField } from './fields'
import { getAt } from './json-path'
import { PagePreview } from './page-preview'
import { fileField } from './problem-fields'
import { taskIdOf } from './duplicate'
import { useStudioText } from './studio-text'

/** The blocks an author can add from the studio; the others are copied from an errand and edited in place. */
const NEW_BLOCKS = ['heading', 'text', 'feedback'] as const

/** The pages of the errand: one block list per stage, beside a preview of the page for the chosen step. */
export function PagesForm() {
  const { file, update, readOnly } = useEditor()
  const t = useStudioText()
  const pages = file.files['pages.json']
  const stages = Object.keys(typeof pages === 'object' && pages !== null ? pages : {})
  const steps = stepsOf(file)
  const [stepIndex, setStepIndex] = useState(0)
  const stage =
    typeof steps[stepIndex]?.stage === 'string' ? String(steps[stepIndex]?.stage) : (stages[0] ?? '')
  const rawBlocks = getAt(pages, [stage, 'blocks'])
  const blocks: unknown[] = Array.isArray(rawBlocks) ? rawBlocks : []
  const setBlocks = (next: unknown[]) =>
    update((current) => setInFile(current, 'pages.json', [stage, 'blocks'], next))
  const move = (from: number, to: number) => {
    const moved = blocks[from]
    if (to < 0 || to >= blocks.length) return
    const rest = blocks.filter((_block, i) => i !== from)
    setBlocks([...rest.slice(0, to), moved, ...rest.slice(to)])
  }
  const add = (type: (typeof NEW_BLOCKS)[number]) => {
    const key = `${taskIdOf(file)}.${stage}.block-${blocks.length + 1}`
    setBlocks([...blocks, type === 'feedback' ? { type } : { type, text: key }])
  }
  return (
    <div className="pages-tab">
      <section className="pages-form" aria-label={t('tab.pages')}>
        <SelectField
          label={t('pages.step')}
          field="pages.json#"
          value={String(stepIndex)}
          options={steps.map((step, index) => ({
            value: String(index),
            label: t('pages.step.option', { n: index + 1, stage: String(step.stage) }),
          }))}
          onChange={(value) => setStepIndex(Number(value))}
        />
        <FieldGroup title={t('pages.blocks', { stage })} field={fileField('pages.json', [stage])}>
          <ol className="block-list">
            {blocks.map((block, b) => {
              const type = String(getAt(block, ['type']))
              const id = getAt(block, ['id'])
              return (
                <li key={b}>
                  <FieldGroup
                    title={`${t(`block.${type}|${type}`)}${typeof id === 'string' ? ` · ${id}` : ''}`}
                    field={fileField('pages.json', [stage, 'blocks', b])}
                    actions={
                      readOnly ? undefined : (
                        <>
                          <button type="button" disabled={b === 0} onClick={() => move(b, b - 1)}>
                            {t('block.up')}
                          </button>
                          <button
                            type="button"
                            disabled={b === blocks.length - 1}
                            onClick={() => move(b, b + 1)}
                          >
                            {t('block.down')}
                          </button>
                          <button
                            type="button"
                            className="danger"
                            onClick={() => setBlocks(blocks.filter((_x, i) => i !== b))}
                          >
                            {t('block.remove')}
                          </button>
                        </>
                      )
                    }
                  >
                    {pageTextKeys(block).map(({ key, path }) => (
                      <TextsField
                        key={path.join('.')}
                        label={t(`block.text.${String(path[0])}|${t('block.text')}`)}
                        textKey={key}
                      />
                    ))}
                  </FieldGroup>
                </li>
              )
            })}
          </ol>
          {!readOnly && (
            <div className="group-actions">
              {NEW_BLOCKS.map((type) => (
                <button key={type} type="button" onClick={() => add(type)}>
                  {t('block.add', { type: t(`block.${type}`) })}
                </button>
              ))}
            </div>
          )}
        </FieldGroup>
      </section>
      <PagePreview file={file} stage={stage} stepIndex={steps.length > 0 ? stepIndex : null} />
    </div>
  )
}
