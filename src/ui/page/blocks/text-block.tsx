import { Text } from '../../kit/text'
import { useTheme } from '../../use-theme'
import { usePageEnv } from '../page-env'
import type { BlockOf } from '../../../errands/page-schema'
import { resolveValue } from '../page-values'

export function TextBlock({ block }: { block: BlockOf<'text'> }) {
  const theme = useTheme()
  const env = usePageEnv()
  if (block.whenDone && !env.completed) return null
  const look = block.look ?? 'body'
  const color =
    look === 'muted'
      ? theme.color.mutedText
      : look === 'success' || look === 'success-heading'
        ? theme.color.success
        : undefined
  const size =
    look === 'large' || look === 'success' ? 'large' : look === 'success-heading' ? 'heading' : undefined
  return (
    <Text size={size} bold={size !== undefined} color={color} align={block.align}>
      {resolveValue(env, block.text)}
    </Text>
  )
}
