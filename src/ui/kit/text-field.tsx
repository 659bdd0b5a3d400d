import { useTheme } from '../use-theme'
import { useMinTarget } from './button'
import { Box, Stack } from './box'
import { Pressable } from './pressable'
import { Text } from './text'

/** Props of a labelled text field. */
export interface TextFieldProps {
  id: string
  label: string
  /** What has been typed, as shown. */
  value: string
  /** The field keys go into now: a blue frame and a caret. */
  active: boolean
  /** Shown in the empty field, e.g. "ÅÅMMDD-NNNN". */
  placeholder?: string
  /** A problem with the value, shown under the field. */
  error?: string | null
  /** Pressing the field opens it for typing. */
  onFocus?: () => void
}

/** A label and a big white box with the typed value; the open field shows a caret and a blue frame. */
export function TextField({ id, label, value, active, placeholder, error, onFocus }: TextFieldProps) {
  const theme = useTheme()
  // The white box inside the frame's 4 mm edge: the whole field is at least a control's height.
  const boxHeight = Math.max(0.06, useMinTarget() - 0.008)
  const empty = value === ''
  return (
    <Stack gap={theme.space.xs}>
      <Text bold={active}>{label}</Text>
      <Pressable
        id={id}
        name={`${label}: ${value}`}
        role="textbox"
        colors={{
          base: active ? theme.color.primary : error ? theme.color.danger : theme.color.panelEdge,
          hover: theme.color.primaryHover,
        }}
        radius={0.01}
        style={{ padding: 0.004 }}
        onActivate={() => onFocus?.()}
      >
        <Box
          background={theme.color.field}
          radius={0.007}
          style={{
            flexDirection: 'row',
            alignItems: 'center',
            minHeight: boxHeight,
            padding: { horizontal: theme.space.s },
          }}
        >
          <Text
            size="large"
            nowrap
            color={empty ? theme.color.mutedText : theme.color.text}
            style={{ flexShrink: 1 }}
          >
            {empty ? (placeholder ?? '') : value}
          </Text>
          {active && <Box background={theme.color.text} radius={0} style={{ width: 0.003, height: 0.04 }} />}
        </Box>
      </Pressable>
      {error && (
        <Text size="small" color={theme.color.feedbackText}>
          {error}
        </Text>
      )}
    </Stack>
  )
}
