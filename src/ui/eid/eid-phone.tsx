import { useRef } from 'react'
import type { Mesh } from 'three'
import { useTranslate } from '../../state/use-translate'
import { useApp, useAppStoreApi } from '../../state/store-context'
import { Box, Stack } from '../kit/box'
import { Button } from '../kit/button'
import { Panel } from '../kit/panel'
import { Text } from '../kit/text'
import { useTheme } from '../use-theme'
import { eidSecurityCode } from './security-code'
import { type Vec3, mutableVec3 } from '../../domain/vec3'

/** What the practice e-ID asks the visitor to approve. */
export interface EidRequest {
  /** Log in to a service, or sign something. */
  kind: 'login' | 'sign'
  /** Who asks: the bank's or the city's name, as the visitor should check it. */
  party: string
  /** What is signed, e.g. "Payment of 845,00 kr", shown under the question. */
  text?: string
}

/** Props of the practice e-ID phone. */
export interface EidPhoneProps {
  /** Id prefix of its buttons: `<idPrefix>.confirm` (log in), `<idPrefix>.sign` and `<idPrefix>.cancel`. */
  idPrefix: string
  /** The request on the phone now, or null when it has none. */
  request: EidRequest | null
  position: Vec3
  rotation: Vec3
}

const SCREEN_WIDTH = 0.26
const CASE = 0.015

/**
 * The practice e-ID phone on its stand, the same for every place: it asks to confirm a log-in or to sign, names
 * who asks, shows the security code that the service's screen also shows, and warns never to give the code away.
 * Its buttons go through the store's `activate`, like every other press.
 */
export function EidPhone({ idPrefix, request, position, rotation }: EidPhoneProps) {
  const theme = useTheme()
  const t = useTranslate()
  const store = useAppStoreApi()
  const sessionId = useApp((state) => state.sessionId)
  const body = useRef<Mesh>(null)
  const activate = (id: string) => () => store.getState().activate(id)
  const approve = request?.kind === 'login' ? 'confirm' : 'sign'
  return (
    <group position={mutableVec3(position)} rotation={mutableVec3(rotation)}>
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
          {t('eid.title')}
        </Text>
        {request === null ? (
          <Text size={0.025} color={theme.color.mutedText} align="center">
            {t('eid.idle')}
          </Text>
        ) : (
          <Stack gap={0.008}>
            <Text size={0.025} bold align="center">
              {t(request.kind === 'login' ? 'eid.login-question' : 'eid.sign-question', {
                party: request.party,
              })}
            </Text>
            {request.text !== undefined && (
              <Box background="#ffffff" radius={0.006} style={{ padding: 0.006 }}>
                <Text size={0.025} align="center">
                  {request.text}
                </Text>
              </Box>
            )}
            <Text size={0.032} bold color={theme.color.primary} align="center">
              {eidSecurityCode(sessionId)}
            </Text>
            <Text size={0.025} color={theme.color.feedbackText} align="center">
              {t('eid.warning', { party: request.party })}
            </Text>
            <Button
              id={`${idPrefix}.${approve}`}
              label={t(`eid.${approve}`)}
              variant="success"
              size={0.027}
              style={{ padding: 0.006 }}
              onActivate={activate(`${idPrefix}.${approve}`)}
            />
            <Button
              id={`${idPrefix}.cancel`}
              label={t('eid.cancel')}
              size={0.027}
              style={{ padding: 0.006 }}
              onActivate={activate(`${idPrefix}.cancel`)}
            />
          </Stack>
        )}
      </Panel>
    </group>
  )
}
