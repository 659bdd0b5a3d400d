import { BUTTON_COLORS, THEME, type ButtonVariant, type TextSize } from '../theme'
import type { BoxStyle } from '../layout/box-style'
import type { InteractableOptions } from '../use-interactable'
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

/** Buttons are at least this tall: about 5 cm, well above the 48 mm a ray needs at arm's length. */
export const MIN_TARGET = 0.05

/** A rounded button with a label that wraps if it must; checked radios show as chosen. */
export function Button({
  label,
  name = label,
  variant = 'secondary',
  size = 'body',
  style,
  ...options
}: ButtonProps) {
  const colors = BUTTON_COLORS[options.checked ? 'primary' : variant]
  const enabled = options.enabled ?? true
  return (
    <Pressable
      {...options}
      name={name}
      colors={{ base: colors.base, hover: colors.hover }}
      style={{
        minHeight: MIN_TARGET,
        minWidth: MIN_TARGET,
        padding: { horizontal: THEME.space.m, vertical: THEME.space.s },
        justifyContent: 'center',
        alignItems: 'center',
        ...style,
      }}
    >
      <Text size={size} bold color={enabled ? colors.text : THEME.color.mutedText} align="center">
        {label}
      </Text>
    </Pressable>
  )
}
