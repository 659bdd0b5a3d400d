import { useState } from 'react'
import { useTranslate } from '../../src/state/use-translate'
import { selectStage } from '../../src/state/selectors'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { formatById } from '../../src/tasks/format-registry'
import { Box, Row, Stack } from '../../src/ui/kit/box'
import { Button } from '../../src/ui/kit/button'
import { Checkbox } from '../../src/ui/kit/checkbox'
import { ChoiceList } from '../../src/ui/kit/choice-list'
import { Dialog } from '../../src/ui/kit/dialog'
import { Text } from '../../src/ui/kit/text'
import { useTheme } from '../../src/ui/use-theme'
import { CARE_HOURS, PRESCHOOLS } from './options'
import { Facts, NextButton, PageFeedback, PageHeading, useActivate } from './page'
import { PRACTICE_FAMILY } from './practice-family'
import { caseNumber, dateText } from './references'
import { StepCalendar } from './step-calendar'
import { TypedField } from './typed-field'

/** The pages of the application form, in order: each shows "Step n of 8". */
const FORM_PAGES = ['guardian', 'child', 'preschools', 'start-date', 'hours', 'phone', 'consent', 'review']

/** The form's heading for the page the task is on. */
function FormHeading({ title }: { title: string }) {
  const t = useTranslate()
  const stage = useApp(selectStage) ?? ''
  return (
    <PageHeading
      title={title}
      progress={`${t('eservice.form.title')} · ${t('eservice.form.progress', {
        n: FORM_PAGES.indexOf(stage) + 1,
        count: FORM_PAGES.length,
      })}`}
    />
  )
}

/** A value the task has accepted, as text. */
function useValue(field: string): string {
  return useApp((state) => {
    const value = state.run?.values[field]
    return typeof value === 'string' ? value : ''
  })
}

function preschoolName(t: ReturnType<typeof useTranslate>, id: string): string {
  return t('eservice.preschool.name', { name: PRESCHOOLS.find((school) => school.id === id)?.name ?? id })
}

export function LoginScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const activate = useActivate()
  return (
    <Stack gap={theme.space.l} align="center">
      <PageHeading title={t('eservice.login.title')} />
      <Text align="center">{t('eservice.login.why')}</Text>
      <Button
        id="eservice.login.eid"
        label={t('eservice.login.eid')}
        variant="primary"
        size="large"
        style={{ minWidth: 0.5, maxWidth: '100%' }}
        onActivate={activate('eservice.login.eid')}
      />
    </Stack>
  )
}

export function GuardianScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const activate = useActivate()
  const { guardian } = PRACTICE_FAMILY
  return (
    <Stack gap={theme.space.m}>
      <FormHeading title={t('eservice.guardian.heading')} />
      <Text color={theme.color.mutedText}>{t('eservice.guardian.intro')}</Text>
      <Facts
        rows={[
          [t('eservice.guardian.name'), guardian.name],
          [t('eservice.label.personnummer'), guardian.personnummer],
          [t('eservice.guardian.address'), `${guardian.street}, ${guardian.postcode} ${t('eservice.city')}`],
          [t('eservice.guardian.email'), guardian.email],
        ]}
      />
      <Button
        id="eservice.guardian.next"
        label={t('eservice.guardian.next')}
        variant="primary"
        style={{ alignSelf: 'end', minWidth: 0.3 }}
        onActivate={activate('eservice.guardian.next')}
      />
    </Stack>
  )
}

export function ChildScreen() {
  const theme = useTheme()
  const t = useTranslate()
  return (
    <Stack gap={theme.space.m}>
      <FormHeading title={t('eservice.child.heading')} />
      <Text color={theme.color.mutedText}>{t('eservice.child.intro')}</Text>
      <TypedField field="child-id" placeholderKey="eservice.child.placeholder" />
    </Stack>
  )
}

export function PreschoolsScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const store = useAppStoreApi()
  const chosen = useApp((state) => state.entries.preschools)
  return (
    <Stack gap={theme.space.m}>
      <FormHeading title={t('eservice.preschools.heading')} />
      <Text color={theme.color.mutedText}>{t('eservice.preschools.intro')}</Text>
      <ChoiceList
        id="eservice.preschools"
        mode="multiple"
        ranked
        selected={Array.isArray(chosen) ? chosen : []}
        choices={PRESCHOOLS.map((school) => ({
          id: school.id,
          label: preschoolName(t, school.id),
          detail: t(`eservice.area.${school.area}`),
        }))}
        onSelect={(id) => store.getState().toggleOption('preschools', id)}
      />
      <PageFeedback />
      <NextButton id="eservice.preschools.next" />
    </Stack>
  )
}

export function StartDateScreen() {
  const theme = useTheme()
  const t = useTranslate()
  return (
    <Stack gap={theme.space.m}>
      <FormHeading title={t('eservice.start.heading')} />
      <Row wrap align="start" gap={theme.space.l} style={{ rowGap: theme.space.m }}>
        <Text style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0.3 }}>
          {t('eservice.start.rule')}
        </Text>
        <StepCalendar id="eservice.start-date" field="start-date" />
      </Row>
      <PageFeedback />
    </Stack>
  )
}

export function HoursScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const store = useAppStoreApi()
  const chosen = useApp((state) => state.entries.hours)
  return (
    <Stack gap={theme.space.m}>
      <FormHeading title={t('eservice.hours.heading')} />
      <Text color={theme.color.mutedText}>{t('eservice.hours.intro')}</Text>
      <ChoiceList
        id="eservice.hours"
        mode="single"
        selected={typeof chosen === 'string' && chosen !== '' ? [chosen] : []}
        choices={CARE_HOURS.map((id) => ({
          id,
          label: t(`eservice.hours.${id}`),
          detail: t(`eservice.hours.${id}.detail`),
        }))}
        onSelect={(id) => store.getState().setEntry('hours', id)}
      />
      <PageFeedback />
      <NextButton id="eservice.hours.next" />
    </Stack>
  )
}

export function PhoneScreen() {
  const theme = useTheme()
  const t = useTranslate()
  return (
    <Stack gap={theme.space.m}>
      <FormHeading title={t('eservice.phone.heading')} />
      <Text color={theme.color.mutedText}>{t('eservice.phone.intro')}</Text>
      <TypedField field="phone" placeholderKey="eservice.phone.placeholder" />
    </Stack>
  )
}

export function ConsentScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const store = useAppStoreApi()
  const activate = useActivate()
  const accepted = useApp((state) => state.entries.consent === 'true')
  const [reading, setReading] = useState(false)
  return (
    <Stack gap={theme.space.m}>
      <FormHeading title={t('eservice.consent.heading')} />
      <Text>{t('eservice.consent.intro')}</Text>
      <Button
        id="eservice.consent.read-more"
        label={t('eservice.consent.read-more')}
        style={{ alignSelf: 'start', minWidth: 0.2 }}
        onActivate={() => {
          setReading(true)
          store.getState().noteInput()
        }}
      />
      <Checkbox
        id="eservice.consent.accept"
        label={t('eservice.consent.accept')}
        checked={accepted}
        onToggle={() => store.getState().setEntry('consent', accepted ? 'false' : 'true')}
      />
      <PageFeedback />
      <Button
        id="eservice.consent.next"
        label={t('eservice.form.next')}
        variant="primary"
        style={{ alignSelf: 'end', minWidth: 0.26 }}
        onActivate={activate('eservice.consent.next')}
      />
      {reading && (
        <Dialog
          title={t('eservice.consent.dialog-title')}
          actions={
            <Button
              id="eservice.consent.close"
              label={t('eservice.consent.close')}
              variant="primary"
              style={{ minWidth: 0.2 }}
              onActivate={() => setReading(false)}
            />
          }
        >
          <Text>{t('eservice.consent.plain-1')}</Text>
          <Text>{t('eservice.consent.plain-2')}</Text>
          <Text>{t('eservice.consent.plain-3')}</Text>
        </Dialog>
      )}
    </Stack>
  )
}

export function ReviewScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const activate = useActivate()
  const locale = useApp((state) => state.locale)
  const preschools = useApp((state) => state.run?.values.preschools)
  const childId = useValue('child-id')
  const start = useValue('start-date')
  const hours = useValue('hours')
  const phone = useValue('phone')
  const ranked = (Array.isArray(preschools) ? preschools : []).map(
    (id, index) => `${index + 1}. ${preschoolName(t, id)}`,
  )
  return (
    <Stack gap={theme.space.m}>
      <FormHeading title={t('eservice.review.heading')} />
      <Facts
        rows={[
          [t('eservice.letter.child'), PRACTICE_FAMILY.child.name],
          [t('eservice.label.personnummer'), formatById('personnummer').display(childId)],
          [t('eservice.review.preschools'), ranked.join(', ')],
          [t('eservice.review.start'), start === '' ? '' : dateText(start, locale)],
          [t('eservice.hours.heading'), hours === '' ? '' : t(`eservice.hours.${hours}`)],
          [t('eservice.label.mobile'), formatById('phone-se').display(phone)],
        ]}
      />
      <Button
        id="eservice.review.sign"
        label={t('eservice.review.sign')}
        variant="success"
        style={{ alignSelf: 'end', minWidth: 0.36 }}
        onActivate={activate('eservice.review.sign')}
      />
    </Stack>
  )
}

export function ReceiptScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const activate = useActivate()
  const sessionId = useApp((state) => state.sessionId)
  const startedAt = useApp((state) => state.run?.startedAt ?? state.sessionStartedAt)
  return (
    <Stack gap={theme.space.m} align="center">
      <Text size="heading" bold color={theme.color.success} align="center">
        {t('eservice.receipt.heading')}
      </Text>
      <Text size="large" bold align="center">
        {t('eservice.receipt.case', { number: caseNumber(sessionId, startedAt) })}
      </Text>
      <Text align="center">{t('eservice.receipt.next')}</Text>
      <Button
        id="eservice.receipt.my-pages"
        label={t('eservice.receipt.my-pages')}
        variant="primary"
        style={{ minWidth: 0.4 }}
        onActivate={activate('eservice.receipt.my-pages')}
      />
    </Stack>
  )
}

export function MyPagesScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const activate = useActivate()
  const sessionId = useApp((state) => state.sessionId)
  const startedAt = useApp((state) => state.run?.startedAt ?? state.sessionStartedAt)
  const loggedOut = useApp((state) => state.run?.status === 'completed')
  return (
    <Stack gap={theme.space.m}>
      <PageHeading title={t('eservice.my-pages.heading')} />
      <Text bold color={theme.color.mutedText}>
        {t('eservice.my-pages.cases')}
      </Text>
      <Box background={theme.color.secondary} style={{ padding: theme.space.m, gap: theme.space.xs }}>
        <Text bold size="large">
          {t('eservice.my-pages.case', { child: PRACTICE_FAMILY.child.name })}
        </Text>
        <Text color={theme.color.mutedText}>
          {t('eservice.receipt.case', { number: caseNumber(sessionId, startedAt) })}
        </Text>
        <Row>
          <Box
            background={theme.color.success}
            style={{ padding: { horizontal: theme.space.s, vertical: 0.004 } }}
          >
            <Text bold color={theme.color.onStrong}>
              {t('eservice.my-pages.status', { status: t('eservice.my-pages.received') })}
            </Text>
          </Box>
        </Row>
      </Box>
      {loggedOut && <Text bold>{t('eservice.my-pages.logged-out')}</Text>}
      <Button
        id="eservice.my-pages.log-out"
        label={t('eservice.my-pages.log-out')}
        variant="primary"
        enabled={!loggedOut}
        style={{ alignSelf: 'end', minWidth: 0.26 }}
        onActivate={activate('eservice.my-pages.log-out')}
      />
    </Stack>
  )
}
