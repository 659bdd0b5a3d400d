import { useLayoutEffect, useState, type ReactNode } from 'react'
import type { ThreeEvent } from '@react-three/fiber'
import { useTranslate } from '../../state/use-translate'
import { buttonColors, SPACE } from '../theme'
import { useTheme } from '../use-theme'
import { Stack } from './box'
import { LayoutScopeProvider, useBox } from './layout-scope'
import { useMinTarget } from './button'
import { Mark } from './mark'
import { Pressable } from './pressable'

/** Props of a scrolling list. */
export interface ScrollProps {
  /** Id prefix of its buttons: `<id>.up`, `<id>.down`. */
  id: string
  /** The list is never taller than this, in metres. */
  maxHeight: number
  /** Space between items. @default theme.space.s */
  gap?: number
  children?: ReactNode
}

/** The arrows' side: never below what a control needs on this screen (taller on an upright one). */
const ARROW = 0.07
/**
 * The arrows stand beside the list, in room that is free, and are pressed over and over: a size above the least a
 * control needs, so on a phone, where the lobby is framed to its height, they still take a whole fingertip.
 */
const ARROW_GROWTH = 1.15

/**
 * Content taller than `maxHeight`, shown a window at a time. Big up and down buttons move it a page, for rays and
 * fingers alike; the mouse wheel scrolls it; keyboard focus scrolls the focused control into view. Controls
 * scrolled out of view cannot be pressed.
 */
export function Scroll({ id, maxHeight, gap = SPACE.s, children }: ScrollProps) {
  const theme = useTheme()
  const t = useTranslate()
  const arrow = Math.max(ARROW, useMinTarget()) * ARROW_GROWTH
  const { ref: outerRef, scope: outerScope } = useBox({
    flexDirection: 'row',
    gap: theme.space.s,
    alignItems: 'stretch',
    flexShrink: 1,
  })
  const {
    node: viewport,
    ref,
    scope,
  } = useBox({ overflow: 'scroll', maxHeight, flexGrow: 1, flexShrink: 1, gap }, {}, outerScope)
  const [room, setRoom] = useState({ up: false, down: false })

  useLayoutEffect(
    () =>
      viewport.onLayout((layout) => {
        const up = viewport.scrollTop > 0.0005
        const down = viewport.scrollTop + layout.height < viewport.contentHeight - 0.0005
        setRoom((old) => (old.up === up && old.down === down ? old : { up, down }))
      }),
    [viewport],
  )

  // Half a window at a time: any item up to half the window tall is wholly in view on some page, even at the
  // largest text size.
  const page = (direction: 1 | -1) => () =>
    scope.tree.scrollBy(viewport, direction * Math.max(viewport.layout.height * 0.5, 0.05))
  const onWheel = (event: ThreeEvent<WheelEvent>) => {
    event.stopPropagation()
    scope.tree.scrollBy(viewport, Math.sign(event.deltaY) * 0.06)
  }
  const arrowColors = {
    base: buttonColors(theme, 'secondary').base,
    hover: buttonColors(theme, 'secondary').hover,
  }
  const scrollable = room.up || room.down

  return (
    <group ref={outerRef}>
      <LayoutScopeProvider value={outerScope}>
        <group ref={ref} onWheel={onWheel}>
          <LayoutScopeProvider value={scope}>{children}</LayoutScopeProvider>
        </group>
        {scrollable && (
          <Stack gap={theme.space.s} justify="space-between">
            <Pressable
              id={`${id}.up`}
              name={t('ui.scroll-up')}
              enabled={room.up}
              colors={arrowColors}
              style={{ width: arrow, height: arrow, alignItems: 'center', justifyContent: 'center' }}
              onActivate={page(-1)}
            >
              <Mark kind="chevron-up" size={arrow * 0.6} color={theme.color.text} />
            </Pressable>
            <Pressable
              id={`${id}.down`}
              name={t('ui.scroll-down')}
              enabled={room.down}
              colors={arrowColors}
              style={{ width: arrow, height: arrow, alignItems: 'center', justifyContent: 'center' }}
              onActivate={page(1)}
            >
              <Mark kind="chevron-down" size={arrow * 0.6} color={theme.color.text} />
            </Pressable>
          </Stack>
        )}
      </LayoutScopeProvider>
    </group>
  )
}
