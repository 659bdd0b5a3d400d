import { RULES, type RuleName } from '../../tasks/rule-registry'
import { useEditor } from './editor-context'
import {
  addStep,
  moveStep,
  removeStep,
  RULE_NAMES,
  setInFile,
  setRule,
  stepsOf,
  taskAt,
} from './errand-edits'
import { FieldGroup, InputField, SelectField, TextsField } from './fields'
import { getAt } from './json-path'
import { taskIdOf } from './duplicate'
import { fileField } from './problem-fields'
import { RuleForm } from './rule-form'
import { useStudioText } from './studio-text'

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text) : []
}

function isRuleName(name: string): name is RuleName {
  return name in RULES
}

/** The errand as a whole: its title, summary, the text when it is done, and its page at the end. */
export function ErrandHeaderForm({ stages }: { stages: readonly string[] }) {
  const { file, update } = useEditor()
  const t = useStudioText()
  const field = (name: string) => fileField('task.json', [name])
  return (
    <FieldGroup title={t('errand.about')} field="task.json#">
      <TextsField
        label={t('errand.title')}
        textKey={text(taskAt(file, ['titleKey']))}
        field={field('titleKey')}
      />
      <TextsField
        label={t('errand.summary')}
        textKey={text(taskAt(file, ['summaryKey']))}
        field={field('summaryKey')}
      />
      <TextsField
        label={t('errand.completed')}
        textKey={text(taskAt(file, ['completedTextKey']))}
        field={field('completedTextKey')}
      />
      <SelectField
        label={t('errand.completed-stage')}
        field={field('completedStage')}
        value={text(taskAt(file, ['completedStage']))}
        options={stages.map((stage) => ({ value: stage, label: stage }))}
        onChange={(value) => update((current) => setInFile(current, 'task.json', ['completedStage'], value))}
      />
    </FieldGroup>
  )
}

/** Every step as a card: add, remove, move up and down. */
export function StepsForm({ stages }: { stages: readonly string[] }) {
  const { file, update, readOnly } = useEditor()
  const t = useStudioText()
  const steps = stepsOf(file)
  return (
    <section className="steps" aria-label={t('tab.steps')}>
      <ol className="step-list">
        {steps.map((step, index) => (
          <li key={index}>
            <StepCard index={index} step={step} count={steps.length} stages={stages} />
          </li>
        ))}
      </ol>
      {!readOnly && (
        <button
          type="button"
          className="add"
          onClick={() => update((current) => addStep(current, steps.length - 1))}
        >
          {t('step.add')}
        </button>
      )}
    </section>
  )
}

function StepCard({
  index,
  step,
  count,
  stages,
}: {
  index: number
  step: Record<string, unknown>
  count: number
  stages: readonly string[]
}) {
  const { update, readOnly, file } = useEditor()
  const t = useStudioText()
  const taskId = taskIdOf(file)
  const at = (...path: (string | number)[]) => fileField('task.json', ['steps', index, ...path])
  const set = (path: (string | number)[], value: unknown) =>
    update((current) => setInFile(current, 'task.json', ['steps', index, ...path], value))
  const rule = text(getAt(step, ['complete', 'rule']))
  const hints = strings(step.hints)
  const feedback = Object.entries(
    typeof step.feedback === 'object' && step.feedback !== null ? step.feedback : {},
  )
  const n = index + 1
  return (
    <FieldGroup
      title={t('step.title', { n })}
      field={at()}
      actions={
        readOnly ? undefined : (
          <>
            <button
              type="button"
              disabled={index === 0}
              onClick={() => update((c) => moveStep(c, index, index - 1))}
            >
              {t('step.up', { n })}
            </button>
            <button
              type="button"
              disabled={index === count - 1}
              onClick={() => update((c) => moveStep(c, index, index + 1))}
            >
              {t('step.down', { n })}
            </button>
            <button type="button" onClick={() => update((c) => addStep(c, index))}>
              {t('step.add-after', { n })}
            </button>
            <button
              type="button"
              className="danger"
              disabled={count === 1}
              onClick={() => update((c) => removeStep(c, index))}
            >
              {t('step.remove', { n })}
            </button>
          </>
        )
      }
    >
      <TextsField
        label={t('step.text', { n })}
        textKey={text(step.textKey)}
        field={at('textKey')}
        multiline
      />
      <div className="field-row">
        <InputField
          label={t('step.id')}
          hint={t('step.id.hint')}
          field={at('id')}
          value={text(step.id)}
          onChange={(v) => set(['id'], v)}
        />
        <SelectField
          label={t('step.stage')}
          field={at('stage')}
          value={text(step.stage)}
          options={stages.map((stage) => ({ value: stage, label: stage }))}
          onChange={(value) => set(['stage'], value)}
        />
        <InputField
          label={t('step.targets')}
          hint={t('step.targets.hint')}
          field={at('targets')}
          value={strings(step.targets).join(', ')}
          onChange={(value) =>
            set(
              ['targets'],
              value.split(',').map((item) => item.trim()),
            )
          }
        />
      </div>
      <FieldGroup title={t('step.rule')} field={at('complete')}>
        <SelectField
          label={t('step.rule.kind')}
          field={at('complete', 'rule')}
          value={rule}
          options={RULE_NAMES.map((name) => ({ value: name, label: t(`rule.${name}`) }))}
          onChange={(value) => {
            if (isRuleName(value)) update((current) => setRule(current, index, value))
          }}
        />
        {isRuleName(rule) && (
          <RuleForm index={index} rule={rule} params={getAt(step, ['complete', 'params'])} />
        )}
      </FieldGroup>
      <FieldGroup
        title={t('step.hints')}
        field={at('hints')}
        actions={
          readOnly ? undefined : (
            <button
              type="button"
              onClick={() =>
                set(['hints'], [...hints, `${taskId}.${text(step.id)}.hint-${hints.length + 1}`])
              }
            >
              {t('step.hint.add')}
            </button>
          )
        }
      >
        {hints.map((key, h) => (
          <div key={h} className="hint-row">
            <TextsField label={t('step.hint', { n: h + 1 })} textKey={key} field={at('hints', h)} />
            {!readOnly && hints.length > 1 && (
              <button
                type="button"
                onClick={() =>
                  set(
                    ['hints'],
                    hints.filter((_hint, i) => i !== h),
                  )
                }
              >
                {t('step.hint.remove', { n: h + 1 })}
              </button>
            )}
          </div>
        ))}
      </FieldGroup>
      {feedback.length > 0 && (
        <FieldGroup title={t('step.feedback')} field={at('feedback')}>
          {feedback.map(([code, key]) => (
            <TextsField
              key={code}
              label={t('step.feedback.for', { code: t(`code.${code}|${code}`) })}
              textKey={text(key)}
              field={at('feedback', code)}
            />
          ))}
        </FieldGroup>
      )}
      {text(step.labelKey) !== '' && (
        <TextsField label={t('step.label')} textKey={text(step.labelKey)} field={at('labelKey')} />
      )}
    </FieldGroup>
  )
}
