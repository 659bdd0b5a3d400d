import { useTheme } from '../use-theme'
import { useMinTarget } from './button'
import { Pressable } from './pressable'
import { TargetGroup } from './target-group'
import { Text } from './text'

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
          <Pressable
            key={slot.time}
            id={`${id}.${slot.time.replace(':', '')}`}
            name={nameOf(slot)}
            role="radio"
            checked={chosen}
            group={id}
            enabled={!slot.taken}
            colors={
              chosen
                ? { base: theme.color.primary, hover: theme.color.primaryHover }
                : {
                    base: theme.color.field,
                    hover: theme.color.secondaryHover,
                    disabled: theme.color.disabledSurface,
                  }
            }
            style={{ width: WIDTH, height: minTarget, alignItems: 'center', justifyContent: 'center' }}
            onActivate={() => onPick(slot.time)}
            onDisabledActivate={onPickTaken && (() => onPickTaken(slot.time))}
          >
            <Text
              bold
              align="center"
              nowrap
              color={chosen ? theme.color.onStrong : slot.taken ? theme.color.disabledText : theme.color.text}
            >
              {slot.time}
            </Text>
          </Pressable>
        )
      })}
    </TargetGroup>
  )
}
