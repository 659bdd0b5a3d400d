import { useTranslate } from '../../src/state/use-translate'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { activeField } from '../../src/state/entry-slice'
import { Stack } from '../../src/ui/kit/box'
import { Button } from '../../src/ui/kit/button'
import { Text } from '../../src/ui/kit/text'
import { TextField } from '../../src/ui/kit/text-field'
import { useTheme } from '../../src/ui/use-theme'
import { PRACTICE_BILL } from './bill'
import { billDates, formatDate, receiptReference } from './practice-details'

function useActivate(): (id: string) => () => void {
  const store = useAppStoreApi()
  return (id) => () => store.getState().activate(id)
}

function Title({ children }: { children: string }) {
  return (
    <Text size="heading" bold align="center">
      {children}
    </Text>
  )
}

export function LoginScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const activate = useActivate()
  return (
    <Stack gap={theme.space.l} align="center">
      <Title>{t('bank.screen.welcome')}</Title>
      <Button
        id="bank.login.eid"
        label={t('bank.login.eid')}
        variant="primary"
        size="large"
        style={{ minWidth: 0.5, maxWidth: '100%' }}
        onActivate={activate('bank.login.eid')}
      />
    </Stack>
  )
}

const MENU = ['bank.menu.pay-bill', 'bank.menu.transfer', 'bank.menu.accounts'] as const

export function MenuScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const activate = useActivate()
  return (
    <Stack gap={theme.space.m} align="center">
      <Title>{t('bank.menu.title')}</Title>
      {MENU.map((id, index) => (
        <Button
          key={id}
          id={id}
          label={t(id)}
          variant={index === 0 ? 'primary' : 'secondary'}
          style={{ width: 0.46, maxWidth: '100%' }}
          onActivate={activate(id)}
        />
      ))}
    </Stack>
  )
}

const FIELDS = ['bankgiro', 'ocr', 'amount'] as const

export function PayFormScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const entries = useApp((state) => state.entries)
  const values = useApp((state) => state.run?.values)
  const active = useApp((state) => activeField(state)?.field ?? null)
  const feedback = useApp((state) => state.run?.feedback ?? null)
  return (
    <Stack gap={theme.space.s}>
      <Title>{t('bank.form.title')}</Title>
      {FIELDS.map((field) => (
        <TextField
          key={field}
          id={`bank.field.${field}`}
          label={t(`bank.field.${field}`)}
          value={String(entries[field] ?? values?.[field] ?? '')}
          active={field === active}
          error={field === active && feedback ? t(feedback.textKey) : null}
        />
      ))}
    </Stack>
  )
}

export function DateScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const activate = useActivate()
  const locale = useApp((state) => state.locale)
  const startedAt = useApp((state) => state.sessionStartedAt)
  const { due, late } = billDates(startedAt)
  return (
    <Stack gap={theme.space.m} align="center">
      <Title>{t('bank.date.title')}</Title>
      <Button
        id="bank.date.due"
        role="radio"
        label={t('bank.date.due', { date: formatDate(due, locale) })}
        style={{ width: 0.62, maxWidth: '100%' }}
        onActivate={activate('bank.date.due')}
      />
      <Button
        id="bank.date.late"
        role="radio"
        label={t('bank.date.late', { date: formatDate(late, locale) })}
        style={{ width: 0.62, maxWidth: '100%' }}
        onActivate={activate('bank.date.late')}
      />
    </Stack>
  )
}

export function ReviewScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const activate = useActivate()
  const locale = useApp((state) => state.locale)
  const startedAt = useApp((state) => state.sessionStartedAt)
  const values = useApp((state) => state.run?.values)
  const lines = [
    t('bank.review.payee', { payee: PRACTICE_BILL.payee }),
    ...(['bankgiro', 'ocr', 'amount'] as const).map((field) =>
      t('bank.review.line', { label: t(`bank.field.${field}`), value: String(values?.[field] ?? '') }),
    ),
    t('bank.review.date', { date: formatDate(billDates(startedAt).due, locale) }),
  ]
  return (
    <Stack gap={theme.space.s}>
      <Title>{t('bank.review.title')}</Title>
      <Stack gap={theme.space.xs}>
        {lines.map((line, index) => (
          <Text key={index}>{line}</Text>
        ))}
      </Stack>
      <Button
        id="bank.review.sign"
        label={t('bank.review.sign')}
        variant="success"
        style={{ alignSelf: 'center', minWidth: 0.4 }}
        onActivate={activate('bank.review.sign')}
      />
    </Stack>
  )
}

export function ReceiptScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const activate = useActivate()
  const sessionId = useApp((state) => state.sessionId)
  const locale = useApp((state) => state.locale)
  const startedAt = useApp((state) => state.sessionStartedAt)
  const completed = useApp((state) => state.run?.status === 'completed')
  return (
    <Stack gap={theme.space.s} align="center">
      <Title>{t('bank.receipt.title')}</Title>
      <Text size="large" bold color={theme.color.success} align="center">
        {t('bank.receipt.paid', { amount: `${PRACTICE_BILL.amount},00`, payee: PRACTICE_BILL.payee })}
      </Text>
      <Text align="center">
        {t('bank.review.date', { date: formatDate(billDates(startedAt).due, locale) })}
      </Text>
      <Text align="center">{t('bank.receipt.reference', { reference: receiptReference(sessionId) })}</Text>
      <Button
        id="bank.receipt.done"
        label={t('bank.receipt.done')}
        variant="primary"
        enabled={!completed}
        style={{ minWidth: 0.3 }}
        onActivate={activate('bank.receipt.done')}
      />
    </Stack>
  )
}
