import { useTranslate } from '../../src/state/use-translate'
import { activeField } from '../../src/state/entry-slice'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { FieldKeyboard } from '../../src/ui/field-keyboard'
import { Row, Stack } from '../../src/ui/kit/box'
import { TextField } from '../../src/ui/kit/text-field'
import { useTheme } from '../../src/ui/use-theme'

/** Props of a typed field with the terminal's on-screen keyboard beside it. */
export interface TypedFieldProps {
  /** The field the step asks for (or the visitor opens): `eservice.field.<field>` is its id and label key. */
  field: string
  /** Text key of what the empty field shows, e.g. "YYYYMMDD-NNNN". */
  placeholderKey?: string
  /** Pressing the field opens it, for a field the step does not ask for itself (a search box). */
  onOpen?: () => void
  /** Keys only while the field is open: a search box's keyboard stays away until it is pressed. @default false */
  keysOnlyWhenOpen?: boolean
}

/** The terminal's on-screen keyboard: its layout follows the open field (digits, a phone number, letters). */
export const KEYBOARD_ID = 'eservice.keyboard'

/**
 * A labelled field and, beside it on a wide screen or below it on a narrow one, the kiosk's on-screen keyboard
 * bound to the open field; the field shows its error under it.
 */
export function TypedField({ field, placeholderKey, onOpen, keysOnlyWhenOpen = false }: TypedFieldProps) {
  const theme = useTheme()
  const t = useTranslate()
  const open = useApp((state) => activeField(state)?.field === field)
  const value = useApp((state) => state.entries[field] ?? state.run?.values[field])
  const feedback = useApp((state) => state.run?.feedback?.textKey ?? null)
  return (
    <Row wrap align="start" gap={theme.space.l} style={{ rowGap: theme.space.m }}>
      <Stack style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0.32 }}>
        <TextField
          id={`eservice.field.${field}`}
          label={t(`eservice.field.${field}`)}
          value={typeof value === 'string' ? value : ''}
          active={open}
          placeholder={placeholderKey && t(placeholderKey)}
          error={open && feedback !== null && !keysOnlyWhenOpen ? t(feedback) : null}
          onFocus={onOpen}
        />
      </Stack>
      {(open || !keysOnlyWhenOpen) && (
        <FieldKeyboard id={KEYBOARD_ID} echo={false} labelOf={(name) => t(`eservice.field.${name}`)} />
      )}
    </Row>
  )
}

/** Opens a field the step does not ask for, such as the catalogue's search box, for typing. */
export function useOpenField(field: string, format: string): () => void {
  const store = useAppStoreApi()
  return () => store.getState().openField(field, format)
}
