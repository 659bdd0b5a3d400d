import type { ComponentType, JSX } from 'react'
import { Stack } from '../kit/box'
import { useTheme } from '../use-theme'
import { ButtonsBlock } from './blocks/buttons-block'
import { CalendarBlock } from './blocks/calendar-block'
import { CardBlock } from './blocks/card-block'
import { CheckboxBlock } from './blocks/checkbox-block'
import { ChoiceBlock } from './blocks/choice-block'
import { DialogBlock } from './blocks/dialog-block'
import { EidBlock } from './blocks/eid-block'
import { FactsBlock } from './blocks/facts-block'
import { FeedbackBlock } from './blocks/feedback-block'
import { FieldBlock } from './blocks/field-block'
import { HeadingBlock } from './blocks/heading-block'
import { MessagesBlock } from './blocks/messages-block'
import { ReceiptBlock } from './blocks/receipt-block'
import { TextBlock } from './blocks/text-block'
import { TimeSlotsBlock } from './blocks/time-slots-block'
import { usePageEnv } from './page-env'
import { pageBlocks } from './page-blocks'
import type { BlockOf, PageBlock } from '../../errands/page-schema'

/** A scene's own components that a page can name in a `custom` block. */
export type CustomBlocks = Readonly<Record<string, ComponentType>>

/** How each block type is drawn: the one place that knows them all. */
const BLOCKS: {
  [T in Exclude<PageBlock['type'], 'custom'>]: (props: { block: BlockOf<T> }) => JSX.Element | null
} = {
  heading: HeadingBlock,
  text: TextBlock,
  facts: FactsBlock,
  choice: ChoiceBlock,
  field: FieldBlock,
  calendar: CalendarBlock,
  'time-slots': TimeSlotsBlock,
  checkbox: CheckboxBlock,
  buttons: ButtonsBlock,
  eid: EidBlock,
  receipt: ReceiptBlock,
  messages: MessagesBlock,
  card: CardBlock,
  feedback: FeedbackBlock,
  dialog: DialogBlock,
}

function Block({ block, custom }: { block: PageBlock; custom: CustomBlocks }) {
  if (block.type === 'custom') {
    const Custom = custom[block.component]
    return Custom ? <Custom /> : null
  }
  const Draw = BLOCKS[block.type] as (props: { block: PageBlock }) => JSX.Element | null
  return <Draw block={block} />
}

/**
 * Draws the page of the stage in its environment (`PageEnvProvider`), block after block in a column that wraps
 * its rows on a narrow screen. Direction, theme, touch sizes and highlighting come with the kit; the DOM mirror
 * and narration come with every control the blocks draw.
 */
export function PageView({ custom = {} }: { custom?: CustomBlocks }) {
  const theme = useTheme()
  const env = usePageEnv()
  const page = env.pages[env.stage]
  if (!page) return null
  const blocks = pageBlocks(env.pages, page)
  return (
    <Stack gap={theme.space.m} align={page.align === 'center' ? 'center' : undefined}>
      {blocks.map((block, index) => (
        <Block key={`${env.stage}:${index}`} block={block} custom={custom} />
      ))}
    </Stack>
  )
}
