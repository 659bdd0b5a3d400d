import { useTheme } from '../use-theme'
import { Pressable } from './pressable'
import { Text } from './text'

/** Props of {@link SelectableCell}: one choice of a radio group laid out as a grid of cells. */
export interface SelectableCellProps {
  id: string
  /** The accessible name, e.g. "Tuesday 4 March" or "10:30, taken". */
  name: string
  /** The radio group: the id of the calendar or the set of times. */
  group: string
  chosen: boolean
  /** Whether it can be chosen; one that cannot is greyed out. */
  available: boolean
  /** What the cell shows: a day of the month, a time. */
  label: string
  /** Bold always (times), or only when chosen (days). */
  bold: boolean
  width: number
  height: number
  onPick: () => void
  /** Pressing a cell that cannot be chosen: explain why. */
  onPickUnavailable?: (() => void) | undefined
}

/**
 * A day of the calendar or a bookable time: a radio cell, filled with the primary colour when chosen and greyed
 * out when it cannot be chosen. One cell for both, so they look and answer alike. Internal to the kit.
 */
export function SelectableCell(props: SelectableCellProps) {
  const { chosen, available } = props
  const theme = useTheme()
  return (
    <Pressable
      id={props.id}
      name={props.name}
      role="radio"
      checked={chosen}
      group={props.group}
      enabled={available}
      colors={
        chosen
          ? { base: theme.color.primary, hover: theme.color.primaryHover }
          : {
              base: theme.color.field,
              hover: theme.color.secondaryHover,
              disabled: theme.color.disabledSurface,
            }
      }
      style={{ width: props.width, height: props.height, alignItems: 'center', justifyContent: 'center' }}
      onActivate={props.onPick}
      onDisabledActivate={props.onPickUnavailable}
    >
      <Text
        bold={props.bold}
        align="center"
        nowrap
        color={chosen ? theme.color.onStrong : available ? theme.color.text : theme.color.disabledText}
      >
        {props.label}
      </Text>
    </Pressable>
  )
}
