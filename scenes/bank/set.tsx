import { useMemo } from 'react'
import { BoxGeometry } from 'three'
import { useTranslate } from '../../src/state/use-translate'
import { mergeColoredParts } from '../../src/ui/merged-geometry'
import { FieldKeyboard } from '../../src/ui/field-keyboard'
import { ErrandEidPhone } from '../../src/ui/page/errand-eid-phone'
import { Panel } from '../../src/ui/kit/panel'
import { Text } from '../../src/ui/kit/text'
import { Room } from '../../src/ui/room'
import { DocumentView } from '../../src/ui/document/document-view'
import { useErrandDocument } from '../../src/ui/document/use-errand-document'
import { useTheme } from '../../src/ui/use-theme'
import scene from './scene'
import { Terminal } from './terminal'
import { useOwned } from '../../src/ui/use-owned'

const DESK_TOP = 0.9
const { workplace } = scene

/** The bank: a counter with the internet-bank terminal, a keypad, the e-ID phone and the bill. */
export default function BankSet() {
  const theme = useTheme()
  const t = useTranslate()
  const bill = useErrandDocument('pay-bill')
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
  useOwned(desk)
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
      <Terminal position={workplace.terminal} />
      <Panel {...workplace.keypad} anchor="bottom" background={theme.color.device} padding={0.015}>
        <FieldKeyboard id="bank.keypad" labelOf={(field) => t.data(`bank.field.${field}`)} />
      </Panel>
      <ErrandEidPhone idPrefix="bank.phone" {...workplace.phone} />
      {bill && <DocumentView document={bill} {...workplace.paperRest} width={0.24} readingWidth={0.5} />}
    </group>
  )
}
