import { useRef } from 'react'
import type { Mesh } from 'three'
import { useTranslate } from '../../src/i18n/use-translate'
import { selectStage } from '../../src/state/selectors'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { Stack } from '../../src/ui/kit/box'
import { Button } from '../../src/ui/kit/button'
import { Panel } from '../../src/ui/kit/panel'
import { Text } from '../../src/ui/kit/text'
import { useTheme } from '../../src/ui/use-theme'
import { PRACTICE_BILL } from './bill'
import { securityCode } from './practice-details'

const SCREEN_WIDTH = 0.26
const CASE = 0.015

/** The practice e-ID phone on its stand: asks to confirm a log-in or sign a payment. */
export function Phone({
  position,
  rotation,
}: {
  position: readonly [number, number, number]
  rotation: readonly [number, number, number]
}) {
  const theme = useTheme()
  const t = useTranslate()
  const store = useAppStoreApi()
  const stage = useApp(selectStage)
  const sessionId = useApp((state) => state.sessionId)
  const body = useRef<Mesh>(null)
  const activate = (id: string) => () => store.getState().activate(id)
  const request = stage === 'eid-login' ? 'login' : stage === 'eid-sign' ? 'sign' : null
  const confirmId = request === 'login' ? 'bank.phone.confirm' : 'bank.phone.sign'
  return (
    <group position={position as [number, number, number]} rotation={rotation as [number, number, number]}>
      <mesh ref={body} position={[0, 0, -0.01]}>
        <boxGeometry args={[1, 1, 0.014]} />
        <meshStandardMaterial color="#1b1e24" roughness={0.4} />
      </mesh>
      <Panel
        width={SCREEN_WIDTH}
        padding={0.012}
        gap={0.01}
        background={theme.color.field}
        radius={0.01}
        style={{ minHeight: 0.4 }}
        onResize={(width, height) => body.current?.scale.set(width + CASE * 2, height + CASE * 3, 1)}
      >
        <Text size={0.027} bold color={theme.color.primary} align="center">
          {t('bank.phone.title')}
        </Text>
        {request === null ? (
          <Text size={0.025} color={theme.color.mutedText} align="center">
            {t('bank.phone.idle')}
          </Text>
        ) : (
          <Stack gap={0.008}>
            <Text size={0.025} bold align="center">
              {request === 'login'
                ? t('bank.phone.login-question')
                : t('bank.phone.sign-question', { amount: `${PRACTICE_BILL.amount},00` })}
            </Text>
            <Text size={0.032} bold color={theme.color.primary} align="center">
              {securityCode(sessionId)}
            </Text>
            <Text size={0.025} color={theme.color.feedbackText} align="center">
              {t('bank.phone.warning')}
            </Text>
            <Button
              id={confirmId}
              label={t(confirmId)}
              variant="success"
              size={0.027}
              style={{ padding: 0.006 }}
              onActivate={activate(confirmId)}
            />
            <Button
              id="bank.phone.cancel"
              label={t('bank.phone.cancel')}
              size={0.025}
              style={{ padding: 0.006 }}
              onActivate={activate('bank.phone.cancel')}
            />
          </Stack>
        )}
      </Panel>
    </group>
  )
}
