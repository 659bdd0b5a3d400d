import { Stack } from '../../kit/box'
import { Text } from '../../kit/text'
import { useTheme } from '../../use-theme'
import { usePageEnv } from '../page-env'

/** The friendly note about the step's last mistake, on the page where it happened, as well as in the guide. */
export function FeedbackBlock() {
  const theme = useTheme()
  const env = usePageEnv()
  if (env.feedbackKey === null) return null
  return (
    <Stack background={theme.color.feedback} style={{ padding: theme.space.s }}>
      <Text color={theme.color.feedbackText}>{env.t(env.feedbackKey)}</Text>
    </Stack>
  )
}
