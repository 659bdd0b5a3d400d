import { useTranslate } from '../../src/i18n/use-translate'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { activeField } from '../../src/state/entry-slice'
import { Button3D } from '../../src/ui/button-3d'
import { THEME } from '../../src/ui/theme'
import { UiText } from '../../src/ui/ui-text'
import { PRACTICE_BILL } from './bill'
import { billDates, formatDate, receiptReference, securityCode } from './practice-details'

/** Size of the usable screen area, in metres. */
export const SCREEN = { width: 0.9, height: 0.52 } as const
const TOP = SCREEN.height / 2

function Title({ children }: { children: string }) {
  return (
    <UiText position={[0, TOP - 0.12, 0]} fontSize={THEME.size.heading} bold>
      {children}
    </UiText>
  )
}

function useActivate(): (id: string) => () => void {
  const store = useAppStoreApi()
  return (id) => () => store.getState().activate(id)
}

export function LoginScreen() {
  const t = useTranslate()
  const activate = useActivate()
  return (
    <>
      <Title>{t('bank.screen.welcome')}</Title>
      <Button3D
        id="bank.login.eid"
        label={t('bank.login.eid')}
        variant="primary"
        width={0.5}
        height={0.09}
        position={[0, -0.04, 0]}
        onActivate={activate('bank.login.eid')}
      />
    </>
  )
}

export function EidWaitScreen({ textKey }: { textKey: string }) {
  const t = useTranslate()
  const sessionId = useApp((state) => state.sessionId)
  return (
    <>
      <Title>{t(textKey)}</Title>
      <UiText position={[0, -0.03, 0]} fontSize={THEME.size.heading * 1.2} bold color={THEME.color.primary}>
        {t('bank.screen.code', { code: securityCode(sessionId) })}
      </UiText>
    </>
  )
}

const MENU = ['bank.menu.pay-bill', 'bank.menu.transfer', 'bank.menu.accounts'] as const

export function MenuScreen() {
  const t = useTranslate()
  const activate = useActivate()
  return (
    <>
      <Title>{t('bank.menu.title')}</Title>
      {MENU.map((id, index) => (
        <Button3D
          key={id}
          id={id}
          label={t(id)}
          variant={index === 0 ? 'primary' : 'secondary'}
          width={0.46}
          position={[0, 0.03 - index * 0.095, 0]}
          onActivate={activate(id)}
        />
      ))}
    </>
  )
}

const FIELDS = ['bankgiro', 'ocr', 'amount'] as const

export function PayFormScreen() {
  const t = useTranslate()
  const entries = useApp((state) => state.entries)
  const values = useApp((state) => state.run?.values)
  const active = useApp((state) => activeField(state)?.field ?? null)
  const feedback = useApp((state) => state.run?.feedback ?? null)
  return (
    <>
      <Title>{t('bank.form.title')}</Title>
      {FIELDS.map((field, index) => {
        const isActive = field === active
        const y = 0.06 - index * 0.085
        return (
          <group key={field} position={[0, y, 0]}>
            <UiText position={[-0.4, 0, 0]} anchorX="left" bold={isActive}>
              {t(`bank.field.${field}`)}
            </UiText>
            <mesh position={[0.17, 0, -0.001]}>
              <planeGeometry args={[0.44, 0.065]} />
              <meshBasicMaterial color={isActive ? THEME.color.primary : THEME.color.panelEdge} />
            </mesh>
            <mesh position={[0.17, 0, 0]}>
              <planeGeometry args={[0.43, 0.055]} />
              <meshBasicMaterial color="#ffffff" />
            </mesh>
            <UiText position={[-0.04, 0, 0.001]} anchorX="left" fontSize={0.032}>
              {`${entries[field] ?? values?.[field] ?? ''}${isActive ? '|' : ''}`}
            </UiText>
          </group>
        )
      })}
      {feedback && (
        <UiText
          position={[0, -0.21, 0]}
          maxWidth={SCREEN.width - 0.06}
          textAlign="center"
          fontSize={THEME.size.smallText}
          color={THEME.color.feedbackText}
        >
          {t(feedback.textKey)}
        </UiText>
      )}
    </>
  )
}

export function DateScreen() {
  const t = useTranslate()
  const activate = useActivate()
  const locale = useApp((state) => state.locale)
  const startedAt = useApp((state) => state.sessionStartedAt)
  const { due, late } = billDates(startedAt)
  return (
    <>
      <Title>{t('bank.date.title')}</Title>
      <Button3D
        id="bank.date.due"
        role="radio"
        label={t('bank.date.due', { date: formatDate(due, locale) })}
        width={0.62}
        position={[0, 0.02, 0]}
        onActivate={activate('bank.date.due')}
      />
      <Button3D
        id="bank.date.late"
        role="radio"
        label={t('bank.date.late', { date: formatDate(late, locale) })}
        width={0.62}
        position={[0, -0.08, 0]}
        onActivate={activate('bank.date.late')}
      />
    </>
  )
}

export function ReviewScreen() {
  const t = useTranslate()
  const activate = useActivate()
  const locale = useApp((state) => state.locale)
  const startedAt = useApp((state) => state.sessionStartedAt)
  const values = useApp((state) => state.run?.values)
  const lines = [
    t('bank.review.payee', { payee: PRACTICE_BILL.payee }),
    `${t('bank.field.bankgiro')}: ${values?.bankgiro ?? ''}`,
    `${t('bank.field.ocr')}: ${values?.ocr ?? ''}`,
    `${t('bank.field.amount')}: ${values?.amount ?? ''}`,
    t('bank.review.date', { date: formatDate(billDates(startedAt).due, locale) }),
  ]
  return (
    <>
      <Title>{t('bank.review.title')}</Title>
      {lines.map((line, index) => (
        <UiText key={index} position={[-0.36, 0.08 - index * 0.042, 0]} anchorX="left" fontSize={0.026}>
          {line}
        </UiText>
      ))}
      <Button3D
        id="bank.review.sign"
        label={t('bank.review.sign')}
        variant="success"
        width={0.4}
        position={[0, -0.19, 0]}
        onActivate={activate('bank.review.sign')}
      />
    </>
  )
}

export function ReceiptScreen() {
  const t = useTranslate()
  const activate = useActivate()
  const sessionId = useApp((state) => state.sessionId)
  const locale = useApp((state) => state.locale)
  const startedAt = useApp((state) => state.sessionStartedAt)
  const completed = useApp((state) => state.run?.status === 'completed')
  return (
    <>
      <Title>{t('bank.receipt.title')}</Title>
      <UiText position={[0, 0.05, 0]} fontSize={0.03} bold color={THEME.color.success}>
        {t('bank.receipt.paid', { amount: `${PRACTICE_BILL.amount},00`, payee: PRACTICE_BILL.payee })}
      </UiText>
      <UiText position={[0, 0.0, 0]} fontSize={0.024}>
        {t('bank.review.date', { date: formatDate(billDates(startedAt).due, locale) })}
      </UiText>
      <UiText position={[0, -0.045, 0]} fontSize={0.024}>
        {t('bank.receipt.reference', { reference: receiptReference(sessionId) })}
      </UiText>
      <Button3D
        id="bank.receipt.done"
        label={t('bank.receipt.done')}
        variant="primary"
        width={0.3}
        enabled={!completed}
        position={[0, -0.16, 0]}
        onActivate={activate('bank.receipt.done')}
      />
    </>
  )
}
