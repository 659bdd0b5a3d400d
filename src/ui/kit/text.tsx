import { useEffect, useLayoutEffect, useState } from 'react'
import type { TypesetProps } from 'troika-three-text'
import type { BoxStyle } from '../layout/box-style'
import { fontFor } from '../layout/font-files'
import { LaidOutText, physicalAlign, type TextAlign } from '../layout/laid-out-text'
import type { TextSize } from '../theme'
import { useTheme } from '../use-theme'
import { useBox, useLayoutScope } from './layout-scope'

/** Props of laid-out text. */
export interface TextProps {
  children: string
  /** A size from the theme, or a font size in metres at the normal text size. @default 'body' */
  size?: TextSize | number
  /** @default false */
  bold?: boolean
  /** @default the theme's text colour */
  color?: string
  /** `start` and `end` follow the reading direction. @default 'start' */
  align?: TextAlign
  /** Never wraps: for numbers and short labels that must stay on one line. @default false */
  nowrap?: boolean
  /**
   * Keeps its size at every text size setting: for labels of fixed-size keys, which are large already and have
   * no room to grow. @default false
   */
  fixedSize?: boolean
  style?: BoxStyle
}

/** Lines of text sit this many font sizes apart. */
export const LINE_HEIGHT = 1.3

/** Text that takes part in layout: troika measures it, the layout sizes its box, and the panel draws it. */
export function Text({
  children,
  size = 'body',
  bold = false,
  color,
  align = 'start',
  nowrap = false,
  fixedSize = false,
  style = {},
}: TextProps) {
  const theme = useTheme()
  const scope = useLayoutScope()
  const [text] = useState(() => new LaidOutText(scope.tree, scope.texts))
  const { node, ref } = useBox(style, { measure: text.measure })
  const dir = scope.tree.dir
  const props: TypesetProps = {
    text: children,
    font: fontFor(children, bold),
    fontSize: typeof size === 'number' ? size * (fixedSize ? 1 : theme.textScale) : theme.text[size],
    lineHeight: LINE_HEIGHT,
    letterSpacing: 0,
    maxWidth: Infinity,
    textAlign: physicalAlign(align, dir),
    direction: dir,
    whiteSpace: nowrap ? 'nowrap' : 'normal',
    overflowWrap: 'break-word',
    lang: null,
  }

  useLayoutEffect(() => {
    text.update(props, color ?? theme.color.text, align)
    node.fontSize = props.fontSize
  })

  useLayoutEffect(() => {
    text.node = node
    text.place(node.layout)
    const stop = node.onLayout((layout) => text.place(layout))
    scope.texts.addText(text.troika)
    return () => {
      stop()
      scope.texts.removeText(text.troika)
    }
  }, [text, node, scope.texts])

  useEffect(() => () => text.troika.dispose(), [text])

  return <group ref={ref} />
}
