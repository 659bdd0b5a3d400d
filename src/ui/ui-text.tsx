import { Text } from '@react-three/drei'
import type { ComponentProps } from 'react'
import { THEME } from './theme'

type TextProps = ComponentProps<typeof Text>

/** Props of in-world text. Children must be a plain string. */
export interface UiTextProps extends Omit<TextProps, 'font' | 'children'> {
  children: string
  /** @default false */
  bold?: boolean
}

/**
 * In-world text, drawn by troika: it lays out right-to-left text and shapes Arabic, and it always
 * uses a font from this origin (a missing font or glyph would otherwise be fetched from a CDN).
 */
export function UiText({
  children,
  bold = false,
  fontSize = THEME.size.text,
  color = THEME.color.text,
  ...props
}: UiTextProps) {
  const font = bold ? THEME.fonts.bold : THEME.fonts.regular
  return (
    <Text
      font={font}
      fontSize={fontSize}
      color={color}
      direction="auto"
      raycast={ignoreRaycast}
      {...TROIKA_ONLY_PROPS}
      {...props}
    >
      {children}
    </Text>
  )
}

/**
 * Props troika's mesh takes that drei's types do not list. Glyph SDFs drawn on the GPU come out
 * sheared on some renderers (SwiftShader among them), so they are drawn on the CPU: a few ms per new glyph.
 */
const TROIKA_ONLY_PROPS: object = { gpuAccelerateSDF: false }

/** Text never takes a pointer hit: the control behind it does. */
function ignoreRaycast(): void {}
