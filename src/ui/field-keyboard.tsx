import { activeField } from '../state/entry-slice'
import { useApp, useAppStoreApi } from '../state/store-context'
import { Keyboard } from './kit/keyboard'
import type { KeyboardLayoutName } from './kit/keyboard-layouts'
import { Text } from './kit/text'
import { useTheme } from './use-theme'
import { Box, Stack } from './kit/box'

/** Props of the keyboard bound to the task's open field. */
export interface FieldKeyboardProps {
  /** Id of the keyboard; its keys are `<id>.<key>`. */
  id: string
  /** The layout when no field is open, or the field's format names none. @default 'digits' */
  fallback?: KeyboardLayoutName
  /** The label of a field, e.g. "OCR reference", shown above the typed value. */
  labelOf: (field: string) => string
  /**
   * Echo the field's label and value above the keys: for a keyboard apart from its field (a keypad on the desk).
   * Leave it out where the field is in view beside the keys (a kiosk's on-screen keyboard). @default true
   */
  echo?: boolean
}

/**
 * An on-screen keyboard wired to the step's open field: its layout follows the field's format (digits for an
 * OCR number, letters for a name), a display above the keys echoes what is typed, and OK sends it.
 */
export function FieldKeyboard({ id, fallback = 'digits', labelOf, echo = true }: FieldKeyboardProps) {
  const theme = useTheme()
  const store = useAppStoreApi()
  const field = useApp(activeField)
  const value = useApp((state) => (field ? state.entries[field.field] : undefined))
  const layout = field?.format.keyboard ?? fallback
  const keys = (
    <Keyboard
      id={id}
      layout={layout === 'text' ? 'sv' : layout}
      enabled={field !== null}
      onKey={(key) => store.getState().typeKey(key)}
      onSubmit={() => store.getState().submitEntry()}
    />
  )
  if (!echo) return keys
  return (
    <Stack gap={theme.space.s}>
      <Box background={theme.color.panel} style={{ padding: theme.space.s, gap: theme.space.xs }}>
        <Text size="small" bold>
          {field ? labelOf(field.field) : ''}
        </Text>
        <Box
          background={theme.color.field}
          radius={0.006}
          style={{
            flexDirection: 'row',
            alignItems: 'center',
            minHeight: 0.05,
            padding: { horizontal: theme.space.s },
          }}
        >
          <Text size="large" nowrap style={{ flexShrink: 1 }}>
            {typeof value === 'string' ? value : ''}
          </Text>
          {field !== null && (
            <Box background={theme.color.text} radius={0} style={{ width: 0.003, height: 0.036 }} />
          )}
        </Box>
      </Box>
      {keys}
    </Stack>
  )
}
