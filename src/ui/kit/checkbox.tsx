import { useTheme } from '../use-theme'
import { useMinTarget } from './button'
import { Box } from './box'
import { Mark } from './mark'
import { Pressable } from './pressable'
import { Text } from './text'

/** Props of a checkbox with its label. */
export interface CheckboxProps {
  id: string
  label: string
  checked: boolean
  onToggle: () => void
  /** @default true */
  enabled?: boolean
}

const BOX = 0.045

/** A large tick box and its label, pressed as one: consent, "I have read this". */
export function Checkbox({ id, label, checked, onToggle, enabled = true }: CheckboxProps) {
  const theme = useTheme()
  const minTarget = useMinTarget()
  return (
    <Pressable
      id={id}
      name={label}
      role="checkbox"
      checked={checked}
      enabled={enabled}
      colors={{ base: theme.color.secondary, hover: theme.color.secondaryHover }}
      style={{
        flexDirection: 'row',
        alignItems: 'center',
        gap: theme.space.m,
        padding: theme.space.s,
        minHeight: minTarget,
      }}
      onActivate={onToggle}
    >
      <Box
        background={checked ? theme.color.primary : theme.color.field}
        radius={0.008}
        style={{ width: BOX, height: BOX, alignItems: 'center', justifyContent: 'center' }}
      >
        {checked && <Mark kind="tick" size={BOX * 0.8} color={theme.color.onStrong} />}
      </Box>
      <Text style={{ flexShrink: 1 }}>{label}</Text>
    </Pressable>
  )
}
