import { Stack } from '../../kit/box'
import { Text } from '../../kit/text'
import { useTheme } from '../../use-theme'
import { usePageEnv } from '../page-env'
import type { BlockOf } from '../../../errands/page-schema'
import { resolveValue } from '../page-values'

/** Where the page stands in its form, "Application · Step 3 of 8", or nothing when it is not a form page. */
function useProgress(): string | null {
  const env = usePageEnv()
  const title = env.pages[env.stage]?.progress
  if (title === undefined) return null
  const form = Object.entries(env.pages).filter(
    ([, page]) => page.progress === title && page.base === undefined,
  )
  const n = form.findIndex(([stage]) => stage === env.stage) + 1
  return `${env.t(title)} · ${env.t('page.progress', { n, count: form.length })}`
}

/** Names a heading's box in the scene graph: the screen camera keeps the heading above a step's targets in view. */
export const PAGE_HEADING = 'page-heading'

export function HeadingBlock({ block }: { block: BlockOf<'heading'> }) {
  const theme = useTheme()
  const env = usePageEnv()
  const progress = useProgress()
  return (
    <Stack gap={theme.space.xs} name={PAGE_HEADING}>
      {progress !== null && (
        <Text size="small" bold color={theme.color.mutedText} align={block.align}>
          {progress}
        </Text>
      )}
      <Text size="heading" bold align={block.align}>
        {resolveValue(env, block.text)}
      </Text>
    </Stack>
  )
}
