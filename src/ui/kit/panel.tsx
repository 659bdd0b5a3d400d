import { useKit } from './kit-context'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Object3D } from 'three'
import type { BoxStyle } from '../layout/box-style'
import { useLayoutActivity } from '../layout/layout-activity'
import { LayoutTree, type PanelAnchor } from '../layout/layout-tree'
import { RectBatch } from '../layout/rect-batch'
import { PanelTextBatch } from '../layout/text-batch'
import { RADIUS, SPACE } from '../theme'
import { useTheme } from '../use-theme'
import { LayoutScopeProvider, type LayoutScope } from './layout-scope'
import { useBackground } from './use-background'
import { type Vec3, mutableVec3 } from '../../domain/vec3'

/** Props of a panel: a flat board in the world whose content is laid out by flexbox. */
export interface PanelProps {
  position?: Vec3
  rotation?: Vec3
  /** Fixed width in metres; text wraps to fit. Without it the panel is as wide as its content. */
  width?: number
  /** Fixed height in metres. Without it the panel grows with its content. */
  height?: number
  /** The panel stops growing here; put long content in a `<Scroll>`. */
  maxHeight?: number
  /** Which point of the panel sits at `position`; it grows away from there. @default 'center' */
  anchor?: PanelAnchor
  /** @default theme.space.m */
  padding?: number
  /** @default theme.space.s */
  gap?: number
  /** Board colour; null for a panel with no board of its own. @default theme.color.panel */
  background?: string | null
  /** @default theme.radius.panel */
  radius?: number
  /** Reading direction; rows mirror in 'rtl'. @default the visitor's language's */
  dir?: 'ltr' | 'rtl'
  /** Called after each layout with the panel's size in metres, e.g. to fit a device's body around it. */
  onResize?: (width: number, height: number) => void
  /** More root style (alignment, direction). */
  style?: BoxStyle
  children?: ReactNode
}

/**
 * A laid-out panel: every box, background and text inside is placed by one flexbox tree, drawn in two draw
 * calls (backgrounds, texts), and mirrored for right-to-left languages. It stays hidden until its text has been
 * measured, so nobody sees it jump.
 */
export function Panel({
  position,
  rotation,
  width,
  height,
  maxHeight,
  anchor = 'center',
  padding = SPACE.m,
  gap = SPACE.s,
  background,
  radius = RADIUS.panel,
  style,
  dir: dirOverride,
  onResize,
  children,
}: PanelProps) {
  const theme = useTheme()
  const localeDir = useKit().dir
  const dir = dirOverride ?? localeDir
  const [tree] = useState(() => new LayoutTree({}, { dir, anchor }))
  const [rects] = useState(() => new RectBatch())
  const [texts] = useState(() => new PanelTextBatch())
  const [ready, setReady] = useState(false)

  const rootStyle: BoxStyle = { width, height, maxHeight, padding, gap, ...style }
  const styleKey = JSON.stringify(rootStyle)
  useLayoutEffect(() => tree.root.setStyle(JSON.parse(styleKey) as BoxStyle), [tree, styleKey])
  useLayoutEffect(() => tree.setDirection(dir), [tree, dir])
  useLayoutEffect(() => tree.setAnchor(anchor), [tree, anchor])
  const activity = useLayoutActivity()
  useLayoutEffect(
    () =>
      tree.onSettled(() => {
        setReady(true)
        activity?.settled()
      }),
    [tree, activity],
  )
  const resizeRef = useRef(onResize)
  useLayoutEffect(() => {
    resizeRef.current = onResize
  })
  useLayoutEffect(
    () => tree.root.onLayout((layout) => resizeRef.current?.(layout.width, layout.height)),
    [tree],
  )
  useLayoutEffect(() => () => tree.root.freeYoga(), [tree])
  // React Three Fiber never disposes a <primitive>: the batches' geometries and data textures would stay with the
  // renderer, on the GPU and in the JS heap, after every panel a visitor has seen. (Disposed objects used again,
  // as under StrictMode's second mount, are uploaded again.)
  useEffect(
    () => () => {
      rects.dispose()
      texts.dispose()
    },
    [rects, texts],
  )
  useBackground(
    tree.root,
    rects,
    background === undefined ? theme.color.panel : (background ?? undefined),
    radius,
  )

  const scope = useMemo<LayoutScope>(() => ({ tree, node: tree.root, rects, texts }), [tree, rects, texts])
  const setRoot = useCallback((object: Object3D | null) => tree.root.setObject(object), [tree])
  return (
    <group position={position && mutableVec3(position)} rotation={rotation && mutableVec3(rotation)}>
      <group ref={setRoot} visible={ready}>
        <primitive object={rects} />
        <primitive object={texts} />
        <LayoutScopeProvider value={scope}>{children}</LayoutScopeProvider>
      </group>
    </group>
  )
}
