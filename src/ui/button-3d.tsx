import { RoundedBox } from '@react-three/drei'
import { Interactable, type InteractableProps } from './interactable'
import { BUTTON_COLORS, THEME, type ButtonVariant } from './theme'
import { UiText } from './ui-text'

/** Props of a pressable in-world button. */
export interface Button3DProps extends Omit<InteractableProps, 'children' | 'size' | 'name'> {
  label: string
  /** Accessible name, when it should say more than the label. @default label */
  name?: string
  /** @default 0.3 */
  width?: number
  /** @default THEME.size.buttonHeight */
  height?: number
  /** @default 'secondary' */
  variant?: ButtonVariant
  /** @default THEME.size.text */
  fontSize?: number
}

/** A rounded, labelled button that lights up under the pointer. */
export function Button3D({
  label,
  name = label,
  width = 0.3,
  height = THEME.size.buttonHeight,
  variant = 'secondary',
  fontSize = THEME.size.text,
  enabled = true,
  checked,
  ...interactable
}: Button3DProps) {
  const colors = BUTTON_COLORS[checked ? 'primary' : variant]
  return (
    <Interactable {...interactable} name={name} enabled={enabled} checked={checked} size={[width, height]}>
      {({ hovered }) => (
        <>
          <RoundedBox
            args={[width, height, THEME.size.depth]}
            radius={Math.min(0.012, height / 4)}
            smoothness={3}
          >
            <meshStandardMaterial
              color={enabled ? (hovered ? colors.hover : colors.base) : THEME.color.disabled}
              roughness={0.6}
            />
          </RoundedBox>
          <UiText
            position={[0, 0, THEME.size.depth / 2 + 0.002]}
            fontSize={fontSize}
            color={enabled ? colors.text : THEME.color.mutedText}
            maxWidth={width - 0.02}
            textAlign="center"
            bold
          >
            {label}
          </UiText>
        </>
      )}
    </Interactable>
  )
}
