import type { ReactNode } from 'react'
import type { BoxStyle } from '../layout/box-style'
import { RADIUS, SPACE } from '../theme'
import { LayoutScopeProvider, useBox } from './layout-scope'
import { useBackground } from './use-background'

/** Props of a layout box. */
export interface BoxProps {
  style?: BoxStyle
  /** Fills the box with this colour, a layer above what is behind it. */
  background?: string
  /** Corner radius of the background. @default theme.radius.control */
  radius?: number
  /** Names the box's group in the scene graph, for tools. */
  name?: string
  children?: ReactNode
}

/** A flexbox container: lays out its children by its style, optionally on a rounded background. */
export function Box({ style = {}, background, radius = RADIUS.control, name, children }: BoxProps) {
  const { node, ref, scope } = useBox(style, { layered: background !== undefined })
  useBackground(node, scope.rects, background, radius)
  return (
    <group ref={ref} name={name}>
      <LayoutScopeProvider value={scope}>{children}</LayoutScopeProvider>
    </group>
  )
}

/** Props of a stack: a box whose children follow each other with a gap. */
export interface StackProps extends Omit<BoxProps, 'style'> {
  /** Space between children, in metres. @default theme.space.s */
  gap?: number
  /** Cross-axis alignment of the children. @default 'stretch' */
  align?: BoxStyle['alignItems']
  /** Main-axis distribution. @default 'start' */
  justify?: BoxStyle['justifyContent']
  /** Row children wrap onto more lines when they do not fit. @default false */
  wrap?: boolean
  style?: BoxStyle
}

/** Children from top to bottom. */
export function Stack({ gap = SPACE.s, align, justify, wrap, style, ...box }: StackProps) {
  return (
    <Box
      {...box}
      style={{
        flexDirection: 'column',
        gap,
        alignItems: align,
        justifyContent: justify,
        flexWrap: wrap ? 'wrap' : 'nowrap',
        ...style,
      }}
    />
  )
}

/** Children in reading order: left to right, or right to left in a right-to-left language. */
export function Row({ gap = SPACE.s, align = 'center', justify, wrap, style, ...box }: StackProps) {
  return (
    <Box
      {...box}
      style={{
        flexDirection: 'row',
        gap,
        alignItems: align,
        justifyContent: justify,
        flexWrap: wrap ? 'wrap' : 'nowrap',
        ...style,
      }}
    />
  )
}
