import { useTranslate } from '../../src/state/use-translate'
import { selectStage, selectStep } from '../../src/state/selectors'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { formatById } from '../../src/tasks/format-registry'
import { offeredTimes } from '../../src/tasks/rules/pick-time.rule'
import { Box, Row, Stack } from '../../src/ui/kit/box'
import { Button } from '../../src/ui/kit/button'
import { ChoiceList } from '../../src/ui/kit/choice-list'
import { Dialog } from '../../src/ui/kit/dialog'
import { Text } from '../../src/ui/kit/text'
import { TimeSlots } from '../../src/ui/kit/time-slots'
import { useTheme } from '../../src/ui/use-theme'
import { HELP_KINDS } from './options'
import { Facts, NextButton, PageFeedback, PageHeading, useActivate } from './page'
import { bookingNumber, dateText } from './references'
import { StepCalendar } from './step-calendar'
import { TypedField } from './typed-field'

/** What the booking holds so far, as the visitor reads it: about what, when, where, and the reminder number. */
function useBookingFacts(): (readonly [string, string])[] {
  const t = useTranslate()
  const locale = useApp((state) => state.locale)
  const values = useApp((state) => state.run?.values)
  const text = (field: string) => {
    const value = values?.[field]
    return typeof value === 'string' ? value : ''
  }
  const day = text('visit-day')
  return [
    [t('eservice.booking.about'), text('help') === '' ? '' : t(`eservice.help.${text('help')}`)],
    [
      t('eservice.booking.when'),
      day === ''
        ? ''
        : t('eservice.booking.when-value', { day: dateText(day, locale, true), time: text('visit-time') }),
    ],
    [t('eservice.booking.where'), `${t('eservice.place')}, ${t('eservice.city')}`],
    [t('eservice.booking.reminder'), formatById('phone-se').display(text('mobile'))],
  ]
}

export function HelpScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const store = useAppStoreApi()
  const chosen = useApp((state) => state.entries.help)
  return (
    <Stack gap={theme.space.m}>
      <PageHeading title={t('eservice.home.booking')} />
      <Text color={theme.color.mutedText}>{t('eservice.booking.intro')}</Text>
      <Text size="large" bold>
        {t('eservice.help.heading')}
      </Text>
      <ChoiceList
        id="eservice.help"
        mode="single"
        selected={typeof chosen === 'string' && chosen !== '' ? [chosen] : []}
        choices={HELP_KINDS.map((id) => ({ id, label: t(`eservice.help.${id}`) }))}
        onSelect={(id) => store.getState().setEntry('help', id)}
      />
      <PageFeedback />
      <NextButton id="eservice.help.next" />
    </Stack>
  )
}

export function DayScreen() {
  const theme = useTheme()
  const t = useTranslate()
  return (
    <Stack gap={theme.space.m}>
      <PageHeading title={t('eservice.day.heading')} />
      <Row wrap align="start" gap={theme.space.l} style={{ rowGap: theme.space.m }}>
        <Text style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0.3 }}>
          {t('eservice.day.intro')}
        </Text>
        <StepCalendar id="eservice.visit-day" field="visit-day" />
      </Row>
      <PageFeedback />
    </Stack>
  )
}

export function TimeScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const store = useAppStoreApi()
  const locale = useApp((state) => state.locale)
  const step = useApp(selectStep)
  const day = useApp((state) => state.run?.values['visit-day'])
  const chosen = useApp((state) => state.entries['visit-time'])
  const slots = step?.complete.rule === 'pick-time' ? offeredTimes(step.complete.params) : []
  const pick = (time: string) => store.getState().setEntry('visit-time', time)
  return (
    <Stack gap={theme.space.m}>
      <PageHeading
        title={t('eservice.time.heading', {
          day: typeof day === 'string' ? dateText(day, locale, true) : '',
        })}
      />
      <Text color={theme.color.mutedText}>{t('eservice.time.taken-note')}</Text>
      {/* Free times are white: a tinted card keeps them visible on the page's white. */}
      <Box background={theme.color.secondary} style={{ padding: theme.space.s }}>
        <TimeSlots
          id="eservice.visit-time"
          slots={slots}
          selected={typeof chosen === 'string' && chosen !== '' ? chosen : null}
          nameOf={(slot) => t(slot.taken ? 'eservice.time.taken' : 'eservice.time.free', { time: slot.time })}
          onPick={pick}
          onPickTaken={(time) => {
            // Sent as it is, so the task explains that the time is taken; then the field is empty again.
            pick(time)
            store.getState().submitEntry()
            pick('')
          }}
        />
      </Box>
      <PageFeedback />
      <Row justify="space-between" wrap style={{ rowGap: theme.space.s }}>
        <Button
          id="eservice.visit-time.change-day"
          label={t('eservice.time.change-day')}
          style={{ minWidth: 0.2 }}
          onActivate={() => store.getState().previousStep()}
        />
        <NextButton id="eservice.visit-time.next" />
      </Row>
    </Stack>
  )
}

export function MobileScreen() {
  const theme = useTheme()
  const t = useTranslate()
  return (
    <Stack gap={theme.space.m}>
      <PageHeading title={t('eservice.label.mobile')} />
      <Text color={theme.color.mutedText}>{t('eservice.mobile.intro')}</Text>
      <TypedField field="mobile" placeholderKey="eservice.phone.placeholder" />
    </Stack>
  )
}

export function BookingReviewScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const activate = useActivate()
  return (
    <Stack gap={theme.space.m}>
      <PageHeading title={t('eservice.booking.review-heading')} />
      <Facts rows={useBookingFacts()} />
      <Button
        id="eservice.booking.confirm"
        label={t('eservice.booking.confirm')}
        variant="success"
        style={{ alignSelf: 'end', minWidth: 0.26 }}
        onActivate={activate('eservice.booking.confirm')}
      />
    </Stack>
  )
}

export function BookedScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const activate = useActivate()
  const sessionId = useApp((state) => state.sessionId)
  return (
    <Stack gap={theme.space.m}>
      <Text size="heading" bold color={theme.color.success}>
        {t('eservice.booked.heading')}
      </Text>
      <Text size="large" bold>
        {t('eservice.booked.number', { number: bookingNumber(sessionId) })}
      </Text>
      <Facts rows={useBookingFacts()} />
      <Text>{t('eservice.booked.bring')}</Text>
      <Button
        id="eservice.booked.change"
        label={t('eservice.booked.change')}
        style={{ alignSelf: 'end', minWidth: 0.3 }}
        onActivate={activate('eservice.booked.change')}
      />
    </Stack>
  )
}

/** The booking with "move" and "cancel"; at the cancel-dialog stage a dialog asks whether to really cancel. */
export function ManageScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const activate = useActivate()
  const locale = useApp((state) => state.locale)
  const sessionId = useApp((state) => state.sessionId)
  const asking = useApp((state) => selectStage(state) === 'cancel-dialog')
  const day = useApp((state) => state.run?.values['visit-day'])
  const time = useApp((state) => state.run?.values['visit-time'])
  const when =
    typeof day === 'string' && typeof time === 'string'
      ? t('eservice.booking.when-value', { day: dateText(day, locale, true), time })
      : ''
  return (
    <Stack gap={theme.space.m}>
      <PageHeading title={t('eservice.manage.heading')} />
      <Text bold>{t('eservice.booked.number', { number: bookingNumber(sessionId) })}</Text>
      <Facts rows={useBookingFacts()} />
      {!asking && <PageFeedback />}
      <Row justify="end" gap={theme.space.m} wrap style={{ rowGap: theme.space.s }}>
        <Button
          id="eservice.manage.move"
          label={t('eservice.manage.move')}
          style={{ minWidth: 0.26 }}
          onActivate={activate('eservice.manage.move')}
        />
        <Button
          id="eservice.manage.cancel"
          label={t('eservice.manage.cancel')}
          variant="danger"
          style={{ minWidth: 0.26 }}
          onActivate={activate('eservice.manage.cancel')}
        />
      </Row>
      {asking && (
        <Dialog
          title={t('eservice.cancel.title')}
          actions={
            <>
              <Button
                id="eservice.cancel.no"
                label={t('eservice.cancel.no')}
                onActivate={activate('eservice.cancel.no')}
              />
              <Button
                id="eservice.cancel.yes"
                label={t('eservice.cancel.yes')}
                variant="danger"
                onActivate={activate('eservice.cancel.yes')}
              />
            </>
          }
        >
          <Text>{t('eservice.cancel.text', { when })}</Text>
          <PageFeedback />
        </Dialog>
      )}
    </Stack>
  )
}

export function CancelledScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const activate = useActivate()
  const completed = useApp((state) => state.run?.status === 'completed')
  return (
    <Stack gap={theme.space.m} align="center">
      <Text size="heading" bold align="center">
        {t('eservice.cancelled.heading')}
      </Text>
      <Text align="center">{t('eservice.cancelled.text')}</Text>
      <Button
        id="eservice.cancelled.done"
        label={t('eservice.cancelled.done')}
        variant="primary"
        enabled={!completed}
        style={{ minWidth: 0.26 }}
        onActivate={activate('eservice.cancelled.done')}
      />
    </Stack>
  )
}
