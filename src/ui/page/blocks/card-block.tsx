import { Box, Row } from '../../kit/box'
import { Text } from '../../kit/text'
import { useTheme } from '../../use-theme'
import { usePageEnv } from '../page-env'
import type { BlockOf } from '../../../errands/page-schema'
import { resolveValue } from '../page-values'

/** A tinted card of lines with a status badge, as a case on My pages. */
export function CardBlock({ block }: { block: BlockOf<'card'> }) {
  const theme = useTheme()
  const env = usePageEnv()
  return (
    <Box background={theme.color.secondary} style={{ padding: theme.space.m, gap: theme.space.xs }}>
      <Text bold size="large">
        {resolveValue(env, block.title)}
      </Text>
      {block.lines.map((line, index) => (
        <Text key={index} color={theme.color.mutedText}>
          {resolveValue(env, line)}
        </Text>
      ))}
      {block.badge !== undefined && (
        <Row>
          <Box
            background={theme.color.success}
            style={{ padding: { horizontal: theme.space.s, vertical: 0.004 } }}
          >
            <Text bold color={theme.color.onStrong}>
              {resolveValue(env, block.badge)}
            </Text>
          </Box>
        </Row>
      )}
    </Box>
  )
}
