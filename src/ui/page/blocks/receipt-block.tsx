import { Stack } from '../../kit/box'
import { Text } from '../../kit/text'
import { useTheme } from '../../use-theme'
import { usePageEnv } from '../page-env'
import type { BlockOf } from '../../../errands/page-schema'
import { resolveValue } from '../page-values'

/** A success heading, the visit's reference number, and what happens next. */
export function ReceiptBlock({ block }: { block: BlockOf<'receipt'> }) {
  const theme = useTheme()
  const env = usePageEnv()
  return (
    <Stack gap={theme.space.s} align="center">
      <Text size="heading" bold color={theme.color.success} align="center">
        {env.t(block.title)}
      </Text>
      <Text size="large" bold align="center">
        {resolveValue(env, block.number)}
      </Text>
      {block.lines.map((line, index) => (
        <Text key={index} align="center">
          {resolveValue(env, line)}
        </Text>
      ))}
    </Stack>
  )
}
