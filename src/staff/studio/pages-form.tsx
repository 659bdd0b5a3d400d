import { useMemo, useState } from 'react'
import { builtInErrands } from './builtin-errands'
import { useEditor } from './editor-context'
import { setInFile, stepsOf } from './errand-edits'
import { BlockFields } from './block-fields'
import { FieldGroup, SelectField } from './fields'
import { getAt } from './json-path'
import { PagePreview } from './page-preview'
import { fileField } from './problem-fields'
import { BLOCK_KINDS, customComponents, newBlock, type BlockKind } from './new-blocks'
import { taskAt } from './errand-edits'
import { useStudioText } from './studio-text'

/** The pages of the errand: one block list per stage, beside a preview of the page for the chosen step. */
export function PagesForm() {
  const { file, update, readOnly } = useEditor()
  const t = useStudioText()
  const pages = file.files['pages.json']
  const stages = Object.keys(typeof pages === 'object' && pages !== null ? pages : {})
  const steps = stepsOf(file)
  const [stepIndex, setStepIndex] = useState(0)
  const [kind, setKind] = useState<BlockKind>('text')
  const scene = taskAt(file, ['scene'])
  const components = useMemo(
    () =>
      customComponents(
        builtInErrands().map((errand) => errand.file),
        scene,
      ),
    [scene],
  )
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
  const add = () =>
    update((current) =>
      setInFile(
        current,
        'pages.json',
        [stage, 'blocks', blocks.length],
        newBlock({ file: current, stage, step: steps[stepIndex], components }, kind),
      ),
    )
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
                    <BlockFields
                      block={block}
                      path={[stage, 'blocks', b]}
                      onChange={(next) =>
                        update((current) => setInFile(current, 'pages.json', [stage, 'blocks', b], next))
                      }
                    />
                  </FieldGroup>
                </li>
              )
            })}
          </ol>
          {!readOnly && (
            <div className="add-block">
              <SelectField
                label={t('block.kind')}
                field={fileField('pages.json', [stage, 'new-block'])}
                value={kind}
                options={BLOCK_KINDS.map((value) => ({ value, label: t(`block.${value}`) }))}
                onChange={(value) => setKind(BLOCK_KINDS.find((known) => known === value) ?? 'text')}
              />
              <button type="button" onClick={add}>
                {t('block.add', { type: t(`block.${kind}`) })}
              </button>
            </div>
          )}
        </FieldGroup>
      </section>
      <PagePreview file={file} stage={stage} stepIndex={steps.length > 0 ? stepIndex : null} />
    </div>
  )
}
