import { THEME } from '../theme'
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
  return (
    <TargetGroup
      id={id}
      style={{ flexDirection: 'row', flexWrap: 'wrap', alignItems: 'center', gap: THEME.space.s }}
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
                ? { base: THEME.color.primary, hover: THEME.color.primaryHover }
                : { base: '#ffffff', hover: THEME.color.secondaryHover, disabled: '#e9e7e2' }
            }
            style={{ width: WIDTH, height: 0.065, alignItems: 'center', justifyContent: 'center' }}
            onActivate={() => onPick(slot.time)}
            onDisabledActivate={onPickTaken && (() => onPickTaken(slot.time))}
          >
            <Text
              bold
              align="center"
              nowrap
              color={chosen ? THEME.color.onStrong : slot.taken ? '#9aa1ab' : THEME.color.text}
            >
              {slot.time}
            </Text>
          </Pressable>
        )
      })}
    </TargetGroup>
  )
}
