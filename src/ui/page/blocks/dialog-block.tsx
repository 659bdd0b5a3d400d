import { Dialog } from '../../kit/dialog'
import { usePageEnv } from '../page-env'
import type { BlockOf } from '../../../errands/page-schema'
import { PageButtonView } from './buttons-block'
import { FactsBlock } from './facts-block'
import { FeedbackBlock } from './feedback-block'
import { TextBlock } from './text-block'

/** A dialog over the page, with its own text and buttons. */
export function DialogBlock({ block }: { block: BlockOf<'dialog'> }) {
  const env = usePageEnv()
  return (
    <Dialog
      title={env.t(block.title)}
      actions={
        <>
          {block.buttons.map((button) => (
            <PageButtonView key={button.id} button={button} />
          ))}
        </>
      }
    >
      {block.blocks.map((inner, index) =>
        inner.type === 'text' ? (
          <TextBlock key={index} block={inner} />
        ) : inner.type === 'facts' ? (
          <FactsBlock key={index} block={inner} />
        ) : (
          <FeedbackBlock key={index} />
        ),
      )}
    </Dialog>
  )
}
