import { useTheme } from '../use-theme'
import { useMinTarget } from './button'
import { SelectableCell } from './selectable-cell'
import { TargetGroup } from './target-group'

/** One bookable time. */
export interface TimeSlot {
  /** 'HH:MM'. */
  time: string
  /** Someone else has it: shown disabled. */
  taken: boolean
}

/** Props of a set of times to choose from. */
export interface TimeSlotsProps {
  /** Id prefix: slots are `<id>.<HHMM>`; a step targets `id` to point at every slot. */
  id: string
  slots: readonly TimeSlot[]
  selected: string | null
  /** Accessible name of a slot, e.g. "10:30, taken". */
  nameOf: (slot: TimeSlot) => string
  onPick: (time: string) => void
  /** Pressing a taken time: explain that it is taken. */
  onPickTaken?: (time: string) => void
}

const WIDTH = 0.13

/** Times as big buttons in rows that wrap; taken ones are greyed out and struck through. */
export function TimeSlots({ id, slots, selected, nameOf, onPick, onPickTaken }: TimeSlotsProps) {
  const theme = useTheme()
  const minTarget = useMinTarget()
  return (
    <TargetGroup
      id={id}
      style={{ flexDirection: 'row', flexWrap: 'wrap', alignItems: 'center', gap: theme.space.s }}
    >
      {slots.map((slot) => {
        const chosen = slot.time === selected
        return (
          <SelectableCell
            key={slot.time}
            id={`${id}.${slot.time.replace(':', '')}`}
            name={nameOf(slot)}
            group={id}
            chosen={chosen}
            available={!slot.taken}
            label={slot.time}
            bold
            width={WIDTH}
            height={minTarget}
            onPick={() => onPick(slot.time)}
            onPickUnavailable={onPickTaken && (() => onPickTaken(slot.time))}
          />
        )
      })}
    </TargetGroup>
  )
}
