import {
  Align,
  Direction,
  Display,
  Edge,
  FlexDirection,
  Gutter,
  Justify,
  Overflow,
  PositionType,
  Wrap,
  type Node,
} from 'yoga-layout'
import { toUnits } from './yoga'

type Alignment = 'start' | 'center' | 'end' | 'stretch' | 'baseline'
/** A length in metres, or a percentage of the parent. */
export type Length = number | `${number}%`
/** Lengths for each side; `start` and `end` follow the reading direction, so they mirror for right to left. */
export interface Edges {
  top?: number
  bottom?: number
  start?: number
  end?: number
  /** Both `start` and `end`. */
  horizontal?: number
  /** Both `top` and `bottom`. */
  vertical?: number
}

/**
 * Flexbox style of a layout box, in metres. `row` runs in the reading direction: in a right-to-left
 * locale the first child of a row sits at the right.
 */
export interface BoxStyle {
  /** @default 'column' */
  flexDirection?: 'row' | 'column' | 'row-reverse' | 'column-reverse'
  /** @default 'nowrap' */
  flexWrap?: 'wrap' | 'nowrap'
  /** @default 0 */
  flexGrow?: number
  /** @default 1 for text, 0 otherwise */
  flexShrink?: number
  flexBasis?: Length
  /** @default 'stretch' */
  alignItems?: Alignment
  alignSelf?: Alignment | 'auto'
  alignContent?: Alignment | 'space-between' | 'space-around'
  /** @default 'start' */
  justifyContent?: 'start' | 'center' | 'end' | 'space-between' | 'space-around' | 'space-evenly'
  /** Space between children, in metres. @default 0 */
  gap?: number
  rowGap?: number
  columnGap?: number
  padding?: number | Edges
  margin?: number | Edges
  width?: Length
  height?: Length
  minWidth?: Length
  maxWidth?: Length
  minHeight?: Length
  maxHeight?: Length
  aspectRatio?: number
  /** `absolute` takes the box out of the flow, placed by `inset`. @default 'relative' */
  position?: 'relative' | 'absolute'
  inset?: Edges
  /** @default 'flex' */
  display?: 'flex' | 'none'
  /** `scroll` lets the content run past the box, to be scrolled. @default 'visible' */
  overflow?: 'visible' | 'hidden' | 'scroll'
}

const ALIGN: Record<Alignment | 'auto' | 'space-between' | 'space-around', Align> = {
  start: Align.FlexStart,
  center: Align.Center,
  end: Align.FlexEnd,
  stretch: Align.Stretch,
  baseline: Align.Baseline,
  auto: Align.Auto,
  'space-between': Align.SpaceBetween,
  'space-around': Align.SpaceAround,
}
const JUSTIFY: Record<NonNullable<BoxStyle['justifyContent']>, Justify> = {
  start: Justify.FlexStart,
  center: Justify.Center,
  end: Justify.FlexEnd,
  'space-between': Justify.SpaceBetween,
  'space-around': Justify.SpaceAround,
  'space-evenly': Justify.SpaceEvenly,
}
const DIRECTION: Record<NonNullable<BoxStyle['flexDirection']>, FlexDirection> = {
  row: FlexDirection.Row,
  column: FlexDirection.Column,
  'row-reverse': FlexDirection.RowReverse,
  'column-reverse': FlexDirection.ColumnReverse,
}
const OVERFLOW: Record<NonNullable<BoxStyle['overflow']>, Overflow> = {
  visible: Overflow.Visible,
  hidden: Overflow.Hidden,
  scroll: Overflow.Scroll,
}

const INSET_EDGES = [Edge.All, Edge.Horizontal, Edge.Vertical, Edge.Top, Edge.Bottom, Edge.Start, Edge.End]

function length(value: Length | undefined): number | `${number}%` | undefined {
  if (value === undefined || typeof value === 'string') return value
  return toUnits(value)
}

function metres(value: number | undefined): number | undefined {
  return value === undefined ? undefined : toUnits(value)
}

/** Each physical or logical edge with its length, from a number (all sides) or an {@link Edges} object. */
function edges(value: number | Edges | undefined): [Edge, number | undefined][] {
  if (typeof value === 'number' || value === undefined) return [[Edge.All, metres(value ?? 0)]]
  return [
    [Edge.All, 0],
    [Edge.Horizontal, metres(value.horizontal)],
    [Edge.Vertical, metres(value.vertical)],
    [Edge.Top, metres(value.top)],
    [Edge.Bottom, metres(value.bottom)],
    [Edge.Start, metres(value.start)],
    [Edge.End, metres(value.end)],
  ]
}

/**
 * Writes a whole style onto a yoga node: every property, so a property left out of a new style returns to
 * its default instead of keeping its old value.
 */
export function applyBoxStyle(node: Node, style: BoxStyle, isText: boolean): void {
  node.setFlexDirection(DIRECTION[style.flexDirection ?? 'column'])
  node.setFlexWrap(style.flexWrap === 'wrap' ? Wrap.Wrap : Wrap.NoWrap)
  node.setFlexGrow(style.flexGrow ?? 0)
  node.setFlexShrink(style.flexShrink ?? (isText ? 1 : 0))
  node.setFlexBasis(length(style.flexBasis) ?? 'auto')
  node.setAlignItems(ALIGN[style.alignItems ?? 'stretch'])
  node.setAlignSelf(ALIGN[style.alignSelf ?? 'auto'])
  node.setAlignContent(ALIGN[style.alignContent ?? 'start'])
  node.setJustifyContent(JUSTIFY[style.justifyContent ?? 'start'])
  node.setGap(Gutter.All, metres(style.gap ?? 0))
  node.setGap(Gutter.Row, metres(style.rowGap))
  node.setGap(Gutter.Column, metres(style.columnGap))
  for (const [edge, value] of edges(style.padding)) node.setPadding(edge, value)
  for (const [edge, value] of edges(style.margin)) node.setMargin(edge, value)
  node.setWidth(length(style.width) ?? 'auto')
  node.setHeight(length(style.height) ?? 'auto')
  node.setMinWidth(length(style.minWidth))
  node.setMaxWidth(length(style.maxWidth))
  node.setMinHeight(length(style.minHeight))
  node.setMaxHeight(length(style.maxHeight))
  node.setAspectRatio(style.aspectRatio)
  node.setPositionType(style.position === 'absolute' ? PositionType.Absolute : PositionType.Relative)
  for (const edge of INSET_EDGES) node.setPosition(edge, undefined)
  if (style.inset) {
    for (const [edge, value] of edges(style.inset)) if (edge !== Edge.All) node.setPosition(edge, value)
  }
  node.setDisplay(style.display === 'none' ? Display.None : Display.Flex)
  node.setOverflow(OVERFLOW[style.overflow ?? 'visible'])
}

/** Yoga's reading direction for a locale's `dir`. */
export function yogaDirection(dir: 'ltr' | 'rtl'): Direction {
  return dir === 'rtl' ? Direction.RTL : Direction.LTR
}
