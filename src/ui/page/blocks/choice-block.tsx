import { ChoiceList } from '../../kit/choice-list'
import { usePageEnv } from '../page-env'
import type { BlockOf } from '../../../errands/page-schema'

/** The options of the step's `choose` rule on this field; one, several, or several in order, as the rule says. */
export function ChoiceBlock({ block }: { block: BlockOf<'choice'> }) {
  const env = usePageEnv()
  const rule = env.task.steps.find(
    (step) => step.complete.rule === 'choose' && step.complete.params.field === block.field,
  )?.complete
  if (rule?.rule !== 'choose') return null
  const several = typeof rule.params.expected !== 'string'
  const chosen = env.entries[block.field]
  const selected = typeof chosen === 'string' ? (chosen === '' ? [] : [chosen]) : (chosen ?? [])
  return (
    <ChoiceList
      id={block.id}
      mode={several ? 'multiple' : 'single'}
      ranked={rule.params.ordered === true}
      selected={selected}
      choices={(rule.params.options ?? []).map((option) => ({
        id: option.id,
        label: env.t(option.label, env.practice),
        detail: option.detail === undefined ? undefined : env.t(option.detail, env.practice),
      }))}
      onSelect={(id) =>
        several ? env.actions.toggleOption(block.field, id) : env.actions.setEntry(block.field, id)
      }
    />
  )
}
