import { useState } from 'react'
import { useTranslate } from '../../state/use-translate'
import { buttonColors, TEXT_SIZES } from '../theme'
import { useTheme } from '../use-theme'
import { Row, Stack } from './box'
import { MIN_TOUCH_TARGET, useFingerSized } from './button'
import {
  isCharacter,
  isKeyAction,
  keyId,
  KEYBOARD_LAYOUTS,
  type KeyboardLayoutName,
  type KeySpec,
} from './keyboard-layouts'
import { Pressable } from './pressable'
import { TargetGroup } from './target-group'
import { Text } from './text'

/** Props of an on-screen keyboard or keypad. */
export interface KeyboardProps {
  /** Id of the keyboard (a step can target it); its keys are `<id>.<key>`. */
  id: string
  /** @default 'sv' */
  layout?: KeyboardLayoutName
  /** Keys only work while a field is open. */
  enabled: boolean
  /** A character, 'backspace', 'clear' or 'space'. */
  onKey: (key: string) => void
  onSubmit: () => void
}

const GAP = 0.008
/** Noto Sans Bold's average advance, in ems: enough to fit a word's label to its key without measuring. */
const AVERAGE_ADVANCE = 0.6

/** A key's label size: a character by the key's size; a word ("Radera") on one line, a size down if it must. */
function labelSize(label: string, character: boolean, keySize: number, length: number): number {
  if (character) return keySize * 0.45
  return Math.min(TEXT_SIZES.small, (length * 0.9) / (label.length * AVERAGE_ADVANCE))
}

/**
 * Big keys for typing in the world: a Swedish layout with å, ä and ö, or a digits keypad. Every key is a button
 * for rays, hands, mouse, touch and the keyboard's own Tab and Enter.
 */
export function Keyboard({ id, layout = 'sv', enabled, onKey, onSubmit }: KeyboardProps) {
  const theme = useTheme()
  const t = useTranslate()
  const spec = KEYBOARD_LAYOUTS[layout]
  const [shifted, setShifted] = useState(false)
  const size = spec.keySize
  // For a finger, keys are at least a touch target tall; a row of eleven letters cannot be that wide on a phone.
  const height = useFingerSized() ? Math.max(size, MIN_TOUCH_TARGET) : size
  const gap = size > 0.07 ? 0.014 : GAP

  const press = (key: string) => {
    if (key === 'submit') return onSubmit()
    if (key === 'shift') return setShifted((value) => !value)
    if (key === 'space') onKey(' ')
    else onKey(shifted && isCharacter(key) ? key.toLocaleUpperCase('sv') : key)
    setShifted(false)
  }

  const renderKey = ({ key, span = 1 }: KeySpec, vertical = false) => {
    const character = isCharacter(key)
    const action = isKeyAction(key) ? t(`keyboard.${key}`) : key
    const label = character ? (shifted ? key.toLocaleUpperCase('sv') : key) : action
    const length = size * span + gap * (span - 1)
    const colors =
      key === 'submit'
        ? buttonColors(theme, 'success')
        : key === 'shift' && shifted
          ? buttonColors(theme, 'primary')
          : buttonColors(theme, 'secondary')
    return (
      <Pressable
        key={key}
        id={`${id}.${keyId(key)}`}
        name={character ? (/\d/.test(key) ? t('keypad.digit', { digit: key }) : label) : action}
        group={id}
        enabled={enabled}
        colors={{ base: colors.base, hover: colors.hover }}
        style={{
          width: vertical ? size : length,
          height: vertical ? height * span + gap * (span - 1) : height,
          alignItems: 'center',
          justifyContent: 'center',
        }}
        onActivate={() => press(key)}
      >
        <Text
          size={labelSize(label, character, size, vertical ? size : length)}
          fixedSize
          bold
          color={enabled ? colors.text : theme.color.mutedText}
          align="center"
          nowrap
        >
          {label}
        </Text>
      </Pressable>
    )
  }

  return (
    <TargetGroup id={id} style={{ flexDirection: 'row', gap, alignItems: 'start' }}>
      <Stack gap={gap} align="center">
        {spec.rows.map((row, index) => (
          <Row key={index} gap={gap}>
            {row.map((key) => renderKey(key))}
          </Row>
        ))}
      </Stack>
      {'side' in spec && <Stack gap={gap}>{spec.side.map((key) => renderKey(key, true))}</Stack>}
    </TargetGroup>
  )
}
