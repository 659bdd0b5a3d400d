import { useTranslate } from '../../state/use-translate'
import { useTheme } from '../use-theme'
import { useMinTarget } from './button'
import { Box, Row } from './box'
import { longDate, monthGrid, monthTitle, weekdayNames, weekStart } from './calendar-model'
import { Mark } from './mark'
import { Pressable } from './pressable'
import { SelectableCell } from './selectable-cell'
import { TargetGroup } from './target-group'
import { Text } from './text'

/** Why a day cannot be picked; the calendar shows such days as disabled. */
export type DayState = 'available' | 'unavailable'

/** Props of a month calendar. */
export interface CalendarProps {
  /**
   * Id prefix: days are `<id>.day.<YYYY-MM-DD>`, the month buttons `<id>.previous` and `<id>.next`; a step targets
   * `id` to point at the whole calendar.
   */
  id: string
  /** The month on show, 'YYYY-MM'. */
  month: string
  /** The picked day, 'YYYY-MM-DD'. */
  selected: string | null
  /** BCP 47 tag of the visitor's language and region: names and the first day of the week follow it. */
  languageTag: string
  dayState: (date: string) => DayState
  onPick: (date: string) => void
  /** Pressing a disabled day: explain why it cannot be picked. */
  onPickUnavailable?: (date: string) => void
  onMonthChange: (month: string) => void
  /** The earliest and latest months that can be shown, 'YYYY-MM'. */
  minMonth?: string
  maxMonth?: string
}

const CELL = 0.062
const GAP = 0.006

/** A month grid: week rows in the visitor's week order, unavailable days greyed out, and month arrows. */
export function Calendar({
  id,
  month,
  selected,
  languageTag,
  dayState,
  onPick,
  onPickUnavailable,
  onMonthChange,
  minMonth,
  maxMonth,
}: CalendarProps) {
  const theme = useTheme()
  const cell = Math.max(CELL, useMinTarget())
  const t = useTranslate()
  const firstDay = weekStart(languageTag)
  const names = weekdayNames(languageTag, firstDay)
  const arrow = (direction: 'previous' | 'next', step: number, enabled: boolean) => (
    <Pressable
      id={`${id}.${direction}`}
      name={t(`calendar.${direction}`)}
      enabled={enabled}
      colors={{ base: theme.color.secondary, hover: theme.color.secondaryHover }}
      style={{ width: cell, height: cell, alignItems: 'center', justifyContent: 'center' }}
      onActivate={() => onMonthChange(shift(month, step))}
    >
      <Mark
        kind={direction === 'previous' ? 'chevron-start' : 'chevron-end'}
        size={cell * 0.5}
        color={theme.color.text}
      />
    </Pressable>
  )
  return (
    <TargetGroup id={id} style={{ flexDirection: 'column', gap: GAP, alignItems: 'center' }}>
      <Row gap={GAP} style={{ width: cell * 7 + GAP * 6 }}>
        {arrow('previous', -1, minMonth === undefined || month > minMonth)}
        <Text bold size="large" align="center" style={{ flexGrow: 1 }}>
          {capitalise(monthTitle(month, languageTag))}
        </Text>
        {arrow('next', 1, maxMonth === undefined || month < maxMonth)}
      </Row>
      <Row gap={GAP}>
        {names.map((name) => (
          <Text
            key={name}
            size="small"
            bold
            align="center"
            color={theme.color.mutedText}
            style={{ width: cell }}
          >
            {name}
          </Text>
        ))}
      </Row>
      {monthGrid(month, firstDay).map((week, index) => (
        <Row key={index} gap={GAP}>
          {week.map((day, column) => {
            if (!day) return <Box key={`empty-${column}`} style={{ width: cell, height: cell }} />
            const available = dayState(day.date) === 'available'
            const chosen = day.date === selected
            return (
              <SelectableCell
                key={day.date}
                id={`${id}.day.${day.date}`}
                name={longDate(day.date, languageTag)}
                group={id}
                chosen={chosen}
                available={available}
                label={String(day.day)}
                bold={chosen}
                width={cell}
                height={cell}
                onPick={() => onPick(day.date)}
                onPickUnavailable={onPickUnavailable && (() => onPickUnavailable(day.date))}
              />
            )
          })}
        </Row>
      ))}
    </TargetGroup>
  )
}

function shift(month: string, step: number): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number)
  const index = year * 12 + monthNumber - 1 + step
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}
