import { buttonColors, type ButtonVariant, type TextSize } from '../theme'
import { useTheme } from '../use-theme'
import type { BoxStyle } from '../layout/box-style'
import type { InteractableOptions } from '../use-interactable'
import { useScreenShape } from '../use-screen-shape'
import { Pressable } from './pressable'
import { Text } from './text'

/** Props of a labelled button. */
export interface ButtonProps extends Omit<InteractableOptions, 'name'> {
  label: string
  /** Accessible name, when it should say more than the label. @default label */
  name?: string
  /** @default 'secondary' */
  variant?: ButtonVariant
  /** @default 'body' */
  size?: TextSize | number
  /** Extra layout: width, flexGrow, minHeight. */
  style?: BoxStyle
}

/** Controls are at least this tall: 64 mm, what a pinch needs (a ray needs 48 mm). */
export const MIN_TARGET = 0.064
/**
 * On an upright screen (a phone, a tablet held upright) panels are narrow and framed across the screen's width:
 * taller controls keep every tap target at 44 CSS pixels or more.
 */
export const MIN_TOUCH_TARGET = 0.085

/** The smallest height of a control on this screen. */
export function useMinTarget(): number {
  return useScreenShape() === 'portrait' ? MIN_TOUCH_TARGET : MIN_TARGET
}

/** A rounded button with a label that wraps if it must; checked radios show as chosen. */
export function Button({
  label,
  name = label,
  variant = 'secondary',
  size = 'body',
  style,
  ...options
}: ButtonProps) {
  const theme = useTheme()
  const colors = buttonColors(theme, options.checked ? 'primary' : variant)
  const minTarget = useMinTarget()
  const enabled = options.enabled ?? true
  return (
    <Pressable
      {...options}
      name={name}
      colors={{ base: colors.base, hover: colors.hover }}
      style={{
        minHeight: minTarget,
        minWidth: minTarget,
        padding: { horizontal: theme.space.m, vertical: theme.space.s },
        justifyContent: 'center',
        alignItems: 'center',
        ...style,
      }}
    >
      <Text size={size} bold color={enabled ? colors.text : theme.color.mutedText} align="center">
        {label}
      </Text>
    </Pressable>
  )
}
