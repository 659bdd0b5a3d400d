import { useLayoutEffect, type ReactNode } from 'react'
import { useTheme } from '../use-theme'
import { Box, Row, Stack } from './box'
import { InsideDialogProvider } from './dialog-scope'
import { LayoutScopeProvider, useBox, useLayoutScope } from './layout-scope'
import { useBackground } from './use-background'
import { Text } from './text'

/** Props of a dialog over a panel. */
export interface DialogProps {
  title: string
  /** The dialog's body, usually `<Text>` blocks. */
  children?: ReactNode
  /** Its buttons, e.g. "Close" or "Cancel booking" and "Keep it". */
  actions: ReactNode
}

/** Covers the panel this far in front of its content, so nothing behind shows through. */
const ELEVATION = 8

/**
 * A message over a whole panel: the panel's own controls are covered and cannot be used (nor reached with Tab)
 * until it closes. Put it directly inside a `<Panel>`, and render it only while it is open.
 */
export function Dialog({ title, children, actions }: DialogProps) {
  const theme = useTheme()
  const { tree } = useLayoutScope()
  const scrim = useBox(
    {
      position: 'absolute',
      inset: { top: 0, bottom: 0, start: 0, end: 0 },
      padding: theme.space.m,
      alignItems: 'center',
      justifyContent: 'center',
    },
    { layered: true, elevation: ELEVATION },
  )
  const { node, ref, scope } = scrim
  useBackground(node, scope.rects, theme.color.scrim, theme.radius.panel)

  useLayoutEffect(() => {
    tree.modal(1)
    return () => tree.modal(-1)
  }, [tree])

  return (
    <group ref={ref} name="dialog">
      <LayoutScopeProvider value={scope}>
        <InsideDialogProvider value>
          <Box
            background={theme.color.panel}
            radius={theme.radius.panel}
            style={{ padding: theme.space.l, gap: theme.space.m, maxWidth: '100%' }}
          >
            <Text size="heading" bold>
              {title}
            </Text>
            <Stack gap={theme.space.s}>{children}</Stack>
            <Row gap={theme.space.m} justify="end" wrap>
              {actions}
            </Row>
          </Box>
        </InsideDialogProvider>
      </LayoutScopeProvider>
    </group>
  )
}
