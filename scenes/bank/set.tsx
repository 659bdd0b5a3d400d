import { useTranslate } from '../../src/i18n/use-translate'
import { activeField } from '../../src/state/entry-slice'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { Keypad } from '../../src/ui/keypad'
import { Room } from '../../src/ui/room'
import { UiText } from '../../src/ui/ui-text'
import { BillPaper } from './bill-paper'
import { Phone } from './phone'
import { Terminal } from './terminal'

const DESK_TOP = 0.9

/** The bank: a counter with the internet-bank terminal, a keypad, the e-ID phone and the bill. */
export default function BankSet() {
  const t = useTranslate()
  const store = useAppStoreApi()
  const keypadEnabled = useApp((state) => activeField(state) !== null)
  return (
    <group>
      <Room floorColor="#9aa3ad" wallColor="#e8edf2" />
      <mesh position={[0, DESK_TOP - 0.025, -0.72]}>
        <boxGeometry args={[1.9, 0.05, 0.85]} />
        <meshStandardMaterial color="#d8c3a5" roughness={0.7} />
      </mesh>
      <mesh position={[0, (DESK_TOP - 0.05) / 2, -0.35]}>
        <boxGeometry args={[1.9, DESK_TOP - 0.05, 0.04]} />
        <meshStandardMaterial color="#5d6b7a" roughness={0.8} />
      </mesh>
      <mesh position={[0, 2.2, -3.99]}>
        <planeGeometry args={[2.4, 0.5]} />
        <meshStandardMaterial color="#1f5fbf" roughness={0.9} />
      </mesh>
      <UiText position={[0, 2.2, -3.98]} fontSize={0.22} color="#ffffff" bold>
        {t('bank.screen.bank-name')}
      </UiText>
      <Terminal position={[0, 1.34, -1.0]} />
      <Keypad
        id="bank.keypad"
        enabled={keypadEnabled}
        position={[0.02, DESK_TOP + 0.13, -0.55]}
        rotation={[-0.95, 0, 0]}
        onKey={(key) => store.getState().typeKey(key)}
        onSubmit={() => store.getState().submitEntry()}
      />
      <Phone position={[0.6, DESK_TOP + 0.16, -0.6]} rotation={[-0.55, -0.35, 0]} />
      <BillPaper />
    </group>
  )
}
