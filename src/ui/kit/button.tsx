import { buttonColors, type ButtonVariant, type TextSize } from '../theme'
import { useTheme } from '../use-theme'
import type { BoxStyle } from '../layout/box-style'
import type { InteractableOptions } from '../use-interactable'
import { useScreenShape, useTouchScreen } from '../use-screen-shape'
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
 * On a touch screen, and on an upright screen (a phone, a tablet held upright) where panels are narrow and framed
 * across the screen's width: taller controls, for a finger's 44 CSS pixels.
 */
export const MIN_TOUCH_TARGET = 0.085

/** Whether controls are sized for a finger on a screen (a touch screen, or an upright one). */
export function useFingerSized(): boolean {
  const portrait = useScreenShape() === 'portrait'
  const touch = useTouchScreen()
  return portrait || touch
}

/** The smallest height of a control on this screen: every kit control (button, key, day, choice) uses it. */
export function useMinTarget(): number {
  return useFingerSized() ? MIN_TOUCH_TARGET : MIN_TARGET
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
