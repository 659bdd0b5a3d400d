import { useCallback, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react'
import { Mesh, MeshBasicMaterial, PlaneGeometry, type Group, type Object3D } from 'three'
import type { BoxStyle } from '../layout/box-style'
import type { BoxLayout } from '../layout/layout-node'
import { LAYER_DEPTH } from '../layout/layout-tree'
import { HighlightFrame } from '../highlight-frame'
import { RADIUS } from '../theme'
import { useTheme } from '../use-theme'
import { useInteractable, type InteractableOptions } from '../use-interactable'
import { useCoveredByDialog } from './dialog-scope'
import { LayoutScopeProvider, useBox } from './layout-scope'
import { useBackground } from './use-background'

/** Colours of a pressable surface. */
export interface SurfaceColors {
  base: string
  hover: string
  /** @default theme.color.disabled */
  disabled?: string
}

/** Props of a laid-out element that can be pressed: a button, a key, a day, a choice. */
export interface PressableProps extends InteractableOptions {
  style?: BoxStyle
  colors: SurfaceColors
  /** @default theme.radius.control */
  radius?: number
  children?: ReactNode
}

const HIT_GEOMETRY = new PlaneGeometry(1, 1)
/** Hit areas take pointer rays but are never drawn. */
const HIT_MATERIAL = new MeshBasicMaterial({ visible: false })
const noHit = () => undefined

/**
 * A layout box that is also an interactable: its background lights up under the pointer, an invisible hit area
 * covers it exactly, and the guide's highlight and the keyboard focus ring frame it. Scrolled out of view, it
 * cannot be hit.
 */
export function Pressable({
  style = {},
  colors,
  radius = RADIUS.control,
  children,
  ...options
}: PressableProps) {
  const theme = useTheme()
  const { node, ref, scope } = useBox(style, { layered: true })
  const group = useRef<Group | null>(null)
  const hit = useRef<Mesh>(null)
  const isPlaced = useCallback(() => scope.tree.isSettled() && !node.layout.hidden, [scope.tree, node])
  const inert = useCoveredByDialog(scope.tree)
  const bounds = useCallback(() => node.layout, [node])
  const { handlers, hovered, isTarget, hasFocus } = useInteractable(group, options, isPlaced, inert, bounds)
  const enabled = options.enabled ?? true
  const color = !enabled ? (colors.disabled ?? theme.color.disabled) : hovered ? colors.hover : colors.base
  useBackground(node, scope.rects, color, radius)

  useLayoutEffect(() => {
    const area = hit.current
    if (!area) return
    const fit = (layout: BoxLayout) => {
      area.scale.set(Math.max(layout.width, 1e-6), Math.max(layout.height, 1e-6), 1)
      area.updateMatrix()
      area.raycast = layout.hidden ? noHit : Mesh.prototype.raycast
    }
    fit(node.layout)
    return node.onLayout(fit)
  }, [node])

  // Keyboard focus on a control scrolled out of view brings it into view.
  useEffect(() => {
    if (hasFocus) scope.tree.reveal(node)
  }, [hasFocus, scope.tree, node])

  const setGroup = useCallback(
    (object: Group | null) => {
      group.current = object
      ref(object as Object3D | null)
    },
    [ref],
  )
  return (
    <group ref={setGroup} name={options.id} {...handlers}>
      <mesh
        ref={hit}
        geometry={HIT_GEOMETRY}
        material={HIT_MATERIAL}
        position={[0, 0, LAYER_DEPTH * 0.6]}
        matrixAutoUpdate={false}
        frustumCulled={false}
      />
      {isTarget && <HighlightFrame size={node} kind="target" />}
      {hasFocus && <HighlightFrame size={node} kind="focus" />}
      <LayoutScopeProvider value={scope}>{children}</LayoutScopeProvider>
    </group>
  )
}
