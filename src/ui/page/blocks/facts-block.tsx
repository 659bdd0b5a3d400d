import { Row, Stack } from '../../kit/box'
import { Text } from '../../kit/text'
import { useTheme } from '../../use-theme'
import { usePageEnv } from '../page-env'
import type { BlockOf } from '../../../errands/page-schema'
import { resolveValue } from '../page-values'

/** Labelled values, one per row; rows wrap on a narrow screen. */
export function FactsBlock({ block }: { block: BlockOf<'facts'> }) {
  const theme = useTheme()
  const env = usePageEnv()
  return (
    <Stack gap={theme.space.s}>
      {block.rows.map((row, index) => (
        <Row key={index} wrap align="start" style={{ columnGap: theme.space.m, rowGap: 0 }}>
          <Text color={theme.color.mutedText} style={{ width: 0.26 }}>
            {resolveValue(env, row.label)}
          </Text>
          <Text bold style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0.3 }}>
            {resolveValue(env, row.value)}
          </Text>
        </Row>
      ))}
    </Stack>
  )
}
