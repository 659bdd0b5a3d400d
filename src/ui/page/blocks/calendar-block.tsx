import { useState } from 'react'
import { localeInfo } from '../../../domain/locales'
import { addDays, localDateOf, parseIsoDate, toIsoDate } from '../../../tasks/calendar-date'
import { dateProblem, dateWindowOf, type DateWindow } from '../../../tasks/rules/pick-date.rule'
import { Box, Row } from '../../kit/box'
import { Calendar } from '../../kit/calendar'
import { monthOf } from '../../kit/calendar-model'
import { Text } from '../../kit/text'
import { useTheme } from '../../use-theme'
import { usePageEnv } from '../page-env'
import type { BlockOf } from '../../../errands/page-schema'
import { resolveValue } from '../page-values'

const OPEN_WINDOW: DateWindow = { earliest: null, latest: null, unavailableWeekdays: [] }
/** How far ahead the calendar looks for the first day that can be picked. */
const SEARCH_DAYS = 400

/** The first day from `from` on that the window allows. */
function firstOpenDay(window: DateWindow, from: string): string {
  let day = parseIsoDate(window.earliest ?? from)
  for (let count = 0; day !== null && count < SEARCH_DAYS; count++) {
    const date = toIsoDate(day)
    if (dateProblem(window, date) === null) return date
    day = addDays(day, 1)
  }
  return from
}

/**
 * The calendar of a step that asks for a date, its limits from the step's `pick-date` rule: days the rule does
 * not allow are grey; pressing a day sends it to the task at once, and pressing a grey one sends it too, so the
 * task explains why it cannot be had. It opens on the month of the first day that can be picked.
 */
export function CalendarBlock({ block }: { block: BlockOf<'calendar'> }) {
  const theme = useTheme()
  const env = usePageEnv()
  const rule = env.step?.complete
  const window =
    rule?.rule === 'pick-date' && rule.params.field === block.field
      ? dateWindowOf(rule.params, env.startedAt)
      : OPEN_WINDOW
  const today = toIsoDate(localDateOf(env.startedAt))
  const [month, setMonth] = useState(() => monthOf(firstOpenDay(window, today)))
  const picked = env.entries[block.field]
  const pick = (date: string) => {
    env.actions.setEntry(block.field, date)
    env.actions.submit()
  }
  const calendar = (
    // Days are white: a tinted card keeps them visible on the page's white.
    <Box background={theme.color.secondary} style={{ padding: theme.space.s }}>
      <Calendar
        id={block.id}
        month={month}
        selected={typeof picked === 'string' && dateProblem(window, picked) === null ? picked : null}
        languageTag={localeInfo(env.locale).tag}
        dayState={(date) => (dateProblem(window, date) === null ? 'available' : 'unavailable')}
        onPick={pick}
        onPickUnavailable={(date) => {
          pick(date)
          // The day was not accepted: the field is empty again, as the calendar shows it.
          env.actions.setEntry(block.field, '')
        }}
        onMonthChange={(next) => {
          setMonth(next)
          env.actions.noteInput()
        }}
        minMonth={monthOf(today)}
        maxMonth={window.latest === null ? undefined : monthOf(window.latest)}
      />
    </Box>
  )
  if (block.text === undefined) return calendar
  return (
    <Row wrap align="start" gap={theme.space.l} style={{ rowGap: theme.space.m }}>
      <Text style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0.3 }}>
        {resolveValue(env, block.text)}
      </Text>
      {calendar}
    </Row>
  )
}
