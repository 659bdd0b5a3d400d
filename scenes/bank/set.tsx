import { useMemo } from 'react'
import { BoxGeometry } from 'three'
import { useTranslate } from '../../src/state/use-translate'
import { selectStage } from '../../src/state/selectors'
import { useApp } from '../../src/state/store-context'
import { mergeColoredParts } from '../../src/ui/merged-geometry'
import { FieldKeyboard } from '../../src/ui/field-keyboard'
import { EidPhone, type EidRequest } from '../../src/ui/eid/eid-phone'
import { Panel } from '../../src/ui/kit/panel'
import { Text } from '../../src/ui/kit/text'
import { Room } from '../../src/ui/room'
import { useTheme } from '../../src/ui/use-theme'
import { BillPaper } from './bill-paper'
import { Terminal } from './terminal'
import { PRACTICE_BILL } from './bill'

const DESK_TOP = 0.9

/** The bank: a counter with the internet-bank terminal, a keypad, the e-ID phone and the bill. */
export default function BankSet() {
  const theme = useTheme()
  const t = useTranslate()
  const stage = useApp(selectStage)
  const party = t('bank.screen.bank-name')
  const eidRequest: EidRequest | null =
    stage === 'eid-login'
      ? { kind: 'login', party }
      : stage === 'eid-sign'
        ? { kind: 'sign', party, text: t('bank.eid.sign-text', { amount: `${PRACTICE_BILL.amount},00` }) }
        : null
  const desk = useMemo(
    () =>
      mergeColoredParts([
        {
          geometry: new BoxGeometry(1.9, 0.05, 0.85),
          position: [0, DESK_TOP - 0.025, -0.72],
          color: '#d8c3a5',
        },
        {
          geometry: new BoxGeometry(1.9, DESK_TOP - 0.05, 0.04),
          position: [0, (DESK_TOP - 0.05) / 2, -0.35],
          color: '#5d6b7a',
        },
      ]),
    [],
  )
  return (
    <group>
      <Room floorColor="#9aa3ad" wallColor="#e8edf2" />
      <mesh geometry={desk}>
        <meshStandardMaterial vertexColors roughness={0.75} />
      </mesh>
      <Panel position={[0, 2.2, -3.98]} background={theme.color.primary} padding={0.1} radius={0.02}>
        <Text size={0.22} bold color={theme.color.onStrong} nowrap>
          {t('bank.screen.bank-name')}
        </Text>
      </Panel>
      <Terminal position={[0, 1.06, -1.0]} />
      <Panel
        position={[0.02, DESK_TOP + 0.01, -0.4]}
        rotation={[-0.95, 0, 0]}
        anchor="bottom"
        background={theme.color.device}
        padding={0.015}
      >
        <FieldKeyboard id="bank.keypad" labelOf={(field) => t(`bank.field.${field}`)} />
      </Panel>
      <EidPhone
        idPrefix="bank.phone"
        request={eidRequest}
        position={[0.52, DESK_TOP + 0.19, -0.5]}
        rotation={[-0.55, -0.35, 0]}
      />
      <BillPaper />
    </group>
  )
}
