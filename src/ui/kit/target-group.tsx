import type { ReactNode } from 'react'
import { HighlightFrame } from '../highlight-frame'
import type { BoxStyle } from '../layout/box-style'
import { useIsTarget } from '../use-interactable'
import { LayoutScopeProvider, useBox } from './layout-scope'

/** Props of a control made of many pressables. */
export interface TargetGroupProps {
  /** The id a step targets to point at the whole control; its parts name it as their `group`. */
  id: string
  style?: BoxStyle
  children?: ReactNode
}

/**
 * The box of a control made of many pressables (a keyboard, a list of options, a calendar): when the step points
 * at its id, the whole control is framed as one, rather than every key or day on its own.
 */
export function TargetGroup({ id, style = {}, children }: TargetGroupProps) {
  const { node, ref, scope } = useBox(style)
  const highlighted = useIsTarget(id)
  return (
    <group ref={ref}>
      {highlighted && <HighlightFrame size={node} kind="target" />}
      <LayoutScopeProvider value={scope}>{children}</LayoutScopeProvider>
    </group>
  )
}
