import { useState } from 'react'
import { localeInfo } from '../../src/domain/locales'
import { selectStep } from '../../src/state/selectors'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { addDays, localDateOf, parseIsoDate, toIsoDate } from '../../src/tasks/calendar-date'
import { dateProblem, dateWindowOf, type DateWindow } from '../../src/tasks/rules/pick-date.rule'
import { Box } from '../../src/ui/kit/box'
import { Calendar } from '../../src/ui/kit/calendar'
import { monthOf } from '../../src/ui/kit/calendar-model'
import { useTheme } from '../../src/ui/use-theme'

const OPEN_WINDOW: DateWindow = { earliest: null, latest: null, unavailableWeekdays: [] }
/** How far ahead the calendar looks for the first day that can be picked. */
const SEARCH_DAYS = 400

/** The dates the current pick-date step allows, counted from the day its task started. */
function useStepWindow(): { window: DateWindow; today: string } {
  const step = useApp(selectStep)
  const startedAt = useApp((state) => state.run?.startedAt ?? state.sessionStartedAt)
  const rule = step?.complete
  return {
    window: rule?.rule === 'pick-date' ? dateWindowOf(rule.params, startedAt) : OPEN_WINDOW,
    today: toIsoDate(localDateOf(startedAt)),
  }
}

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
 * The calendar of a step that asks for a date: days the step does not allow are grey; pressing a day picks it
 * and sends it to the task at once, and pressing a grey one sends it too, so the task explains why it cannot be
 * had. It opens on the month of the first day that can be picked.
 */
export function StepCalendar({ id, field }: { id: string; field: string }) {
  const theme = useTheme()
  const store = useAppStoreApi()
  const locale = useApp((state) => state.locale)
  const picked = useApp((state) => state.entries[field])
  const { window, today } = useStepWindow()
  const [month, setMonth] = useState(() => monthOf(firstOpenDay(window, today)))
  const pick = (date: string) => {
    store.getState().setEntry(field, date)
    store.getState().submitEntry()
  }
  return (
    // Days are white: a tinted card keeps them visible on the page's white.
    <Box background={theme.color.secondary} style={{ padding: theme.space.s }}>
      <Calendar
        id={id}
        month={month}
        selected={typeof picked === 'string' && dateProblem(window, picked) === null ? picked : null}
        languageTag={localeInfo(locale).tag}
        dayState={(date) => (dateProblem(window, date) === null ? 'available' : 'unavailable')}
        onPick={pick}
        onPickUnavailable={(date) => {
          pick(date)
          // The day was not accepted: the field is empty again, as the calendar shows it.
          store.getState().setEntry(field, '')
        }}
        onMonthChange={(next) => {
          setMonth(next)
          store.getState().noteInput()
        }}
        minMonth={monthOf(today)}
        maxMonth={window.latest === null ? undefined : monthOf(window.latest)}
      />
    </Box>
  )
}
