import { FieldKeyboard } from '../../field-keyboard'
import { Row, Stack } from '../../kit/box'
import { TextField } from '../../kit/text-field'
import { useTheme } from '../../use-theme'
import { usePageEnv } from '../page-env'
import type { BlockOf } from '../../../errands/page-schema'

/** Props of a typed field drawn on a page. */
export interface TypedFieldProps {
  block: BlockOf<'field'>
  /** Pressing the field opens it, for a field the step does not ask for itself (a search box). */
  onOpen?: () => void
  /** Keys only while the field is open: a search box's keyboard stays away until it is pressed. @default false */
  keysOnlyWhenOpen?: boolean
}

/**
 * A labelled field and, where the block names one, the terminal's on-screen keyboard beside it on a wide screen
 * or below it on a narrow one, bound to the open field; the open field shows the step's mistake under it.
 */
export function FieldBlock({ block, onOpen, keysOnlyWhenOpen = false }: TypedFieldProps) {
  const theme = useTheme()
  const env = usePageEnv()
  const open = env.activeField === block.field
  const value = env.entries[block.field] ?? env.values[block.field]
  const label = env.t(block.label)
  const field = (
    <TextField
      id={block.id}
      label={label}
      value={typeof value === 'string' ? value : ''}
      active={open}
      placeholder={block.placeholder && env.t(block.placeholder)}
      error={open && env.feedbackKey !== null && !keysOnlyWhenOpen ? env.t(env.feedbackKey) : null}
      onFocus={onOpen}
    />
  )
  if (block.keyboard === undefined) return field
  return (
    <Row wrap align="start" gap={theme.space.l} style={{ rowGap: theme.space.m }}>
      <Stack style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0.32 }}>{field}</Stack>
      {(open || !keysOnlyWhenOpen) && (
        <FieldKeyboard id={block.keyboard} echo={false} labelOf={() => label} />
      )}
    </Row>
  )
}
