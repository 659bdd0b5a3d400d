import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState } from 'react'
import type { Object3D } from 'three'
import type { BoxStyle } from '../layout/box-style'
import type { LayoutNode, LayoutNodeOptions } from '../layout/layout-node'
import type { LayoutTree } from '../layout/layout-tree'
import type { RectBatch } from '../layout/rect-batch'
import type { PanelTextBatch } from '../layout/text-batch'

/** What a box inside a panel reaches: its tree, its parent box, and the panel's batched drawing. */
export interface LayoutScope {
  tree: LayoutTree
  /** The box that children attach to. */
  node: LayoutNode
  /** Every background of the panel, one draw call. */
  rects: RectBatch
  /** Every text of the panel, one draw call. */
  texts: PanelTextBatch
}

const LayoutScopeContext = createContext<LayoutScope | null>(null)

export const LayoutScopeProvider = LayoutScopeContext.Provider

/** The enclosing panel's layout; kit components only work inside a `<Panel>`. */
export function useLayoutScope(): LayoutScope {
  const scope = useContext(LayoutScopeContext)
  if (!scope) throw new Error('a layout box must be inside a <Panel>')
  return scope
}

/** The enclosing layout box, or null outside any panel. */
export function useOptionalLayoutScope(): LayoutScope | null {
  return useContext(LayoutScopeContext)
}

/**
 * A layout box under the enclosing one: put `ref` on the group it positions and give `scope` to its
 * children. The box keeps its place among its siblings by the order of their groups in the scene.
 */
export function useBox(
  style: BoxStyle,
  options?: LayoutNodeOptions,
  /** The box to attach to, when a component makes two nested boxes itself. @default the enclosing box */
  within?: LayoutScope,
): { node: LayoutNode; ref: (object: Object3D | null) => void; scope: LayoutScope } {
  const enclosing = useLayoutScope()
  const parent = within ?? enclosing
  const [node] = useState(() => parent.tree.createNode(style, options))
  const styleKey = JSON.stringify(style)
  useLayoutEffect(() => node.setStyle(JSON.parse(styleKey) as BoxStyle), [node, styleKey])
  useLayoutEffect(() => {
    node.attach(parent.node)
    return () => node.detach()
  }, [node, parent.node])
  const ref = useCallback((object: Object3D | null) => node.setObject(object), [node])
  const scope = useMemo(() => ({ ...parent, node }), [parent, node])
  return { node, ref, scope }
}
