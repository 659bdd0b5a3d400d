import { Row, Stack } from '../../kit/box'
import { Button } from '../../kit/button'
import { useTheme } from '../../use-theme'
import { usePageEnv, type PageEnv } from '../page-env'
import type { BlockOf, PageButton } from '../../../errands/page-schema'
import { resolveValue } from '../page-values'

function pressOf(env: PageEnv, button: PageButton): () => void {
  switch (button.action ?? 'activate') {
    case 'submit':
      return env.actions.submit
    case 'back':
      return env.actions.back
    case 'activate':
      return () => env.actions.activate(button.id)
  }
}

/** One button of a page. */
export function PageButtonView({ button, wide }: { button: PageButton; wide?: boolean }) {
  const env = usePageEnv()
  return (
    <Button
      id={button.id}
      label={resolveValue(env, button.label)}
      variant={button.variant}
      size={button.large ? 'large' : undefined}
      role={button.radio ? 'radio' : undefined}
      enabled={!(button.doneWhenCompleted && env.completed)}
      style={
        button.wide || wide
          ? { width: 0.62, maxWidth: '100%' }
          : { minWidth: button.large ? 0.5 : 0.26, maxWidth: '100%' }
      }
      onActivate={pressOf(env, button)}
    />
  )
}

const JUSTIFY = { start: 'start', center: 'center', end: 'end', 'space-between': 'space-between' } as const

/** A row of buttons that wraps on a narrow screen, or a column of options. */
export function ButtonsBlock({ block }: { block: BlockOf<'buttons'> }) {
  const theme = useTheme()
  const align = block.align ?? 'end'
  if (block.column) {
    return (
      <Stack gap={theme.space.m} align={align === 'space-between' ? 'center' : align}>
        {block.buttons.map((button) => (
          <PageButtonView key={button.id} button={button} wide />
        ))}
      </Stack>
    )
  }
  return (
    <Row justify={JUSTIFY[align]} gap={theme.space.m} wrap style={{ rowGap: theme.space.s }}>
      {block.buttons.map((button) => (
        <PageButtonView key={button.id} button={button} />
      ))}
    </Row>
  )
}
