import { RoundedBox } from '@react-three/drei'
import { useTranslate } from '../../src/i18n/use-translate'
import { selectStage } from '../../src/state/selectors'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { Button3D } from '../../src/ui/button-3d'
import { THEME } from '../../src/ui/theme'
import { UiText } from '../../src/ui/ui-text'
import { PRACTICE_BILL } from './bill'
import { securityCode } from './practice-details'

const WIDTH = 0.2
const HEIGHT = 0.36
const INNER = WIDTH - 0.03

/** The practice e-ID phone on its stand: asks to confirm a log-in or sign a payment. */
export function Phone({
  position,
  rotation,
}: {
  position: readonly [number, number, number]
  rotation: readonly [number, number, number]
}) {
  const t = useTranslate()
  const store = useAppStoreApi()
  const stage = useApp(selectStage)
  const sessionId = useApp((state) => state.sessionId)
  const activate = (id: string) => () => store.getState().activate(id)
  const request = stage === 'eid-login' ? 'login' : stage === 'eid-sign' ? 'sign' : null
  return (
    <group position={position as [number, number, number]} rotation={rotation as [number, number, number]}>
      <RoundedBox args={[WIDTH, HEIGHT, 0.014]} radius={0.012} smoothness={3} position={[0, 0, -0.008]}>
        <meshStandardMaterial color="#1b1e24" roughness={0.4} />
      </RoundedBox>
      <mesh position={[0, 0, 0]}>
        <planeGeometry args={[INNER, HEIGHT - 0.03]} />
        <meshBasicMaterial color="#f4f6fa" />
      </mesh>
      <group position={[0, 0, 0.002]}>
        <UiText position={[0, HEIGHT / 2 - 0.04, 0]} fontSize={0.02} bold color={THEME.color.primary}>
          {t('bank.phone.title')}
        </UiText>
        {request === null && (
          <UiText position={[0, 0.04, 0]} fontSize={0.016} color={THEME.color.mutedText}>
            {t('bank.phone.idle')}
          </UiText>
        )}
        {request !== null && (
          <>
            <UiText position={[0, 0.1, 0]} fontSize={0.017} maxWidth={INNER - 0.02} textAlign="center" bold>
              {request === 'login'
                ? t('bank.phone.login-question')
                : t('bank.phone.sign-question', { amount: `${PRACTICE_BILL.amount},00` })}
            </UiText>
            <UiText position={[0, 0.045, 0]} fontSize={0.024} bold color={THEME.color.primary}>
              {securityCode(sessionId)}
            </UiText>
            <UiText
              position={[0, -0.015, 0]}
              fontSize={0.0115}
              maxWidth={INNER - 0.02}
              textAlign="center"
              color={THEME.color.feedbackText}
            >
              {t('bank.phone.warning')}
            </UiText>
            <Button3D
              id={request === 'login' ? 'bank.phone.confirm' : 'bank.phone.sign'}
              label={t(request === 'login' ? 'bank.phone.confirm' : 'bank.phone.sign')}
              variant="success"
              width={INNER - 0.02}
              height={0.05}
              fontSize={0.02}
              position={[0, -0.08, 0.006]}
              onActivate={activate(request === 'login' ? 'bank.phone.confirm' : 'bank.phone.sign')}
            />
            <Button3D
              id="bank.phone.cancel"
              label={t('bank.phone.cancel')}
              width={INNER - 0.02}
              height={0.04}
              fontSize={0.016}
              position={[0, -0.14, 0.006]}
              onActivate={activate('bank.phone.cancel')}
            />
          </>
        )}
      </group>
    </group>
  )
}
