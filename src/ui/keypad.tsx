import { useTranslate } from '../i18n/use-translate'
import { selectTargets } from '../state/selectors'
import { useApp } from '../state/store-context'
import { Button3D } from './button-3d'
import { HighlightFrame } from './highlight-frame'
import { THEME } from './theme'

/** Props of the big number keypad. */
export interface KeypadProps {
  /** Id prefix of the keys: `<id>.7`, `<id>.ok`; the keypad itself can be a step target. */
  id: string
  enabled: boolean
  /** A digit or ',', or 'backspace' or 'clear': what the entry slice's `typeKey` takes. */
  onKey: (key: string) => void
  onSubmit: () => void
  position?: readonly [number, number, number]
  rotation?: readonly [number, number, number]
}

const KEY = 0.085
const GAP = 0.014
const STEP = KEY + GAP
const DIGIT_ROWS = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
  [',', '0', null],
] as const
const WIDTH = 4 * KEY + 3 * GAP + 0.03
const HEIGHT = 4 * KEY + 3 * GAP + 0.03

function keyId(key: string): string {
  return key === ',' ? 'comma' : key
}

/** A large keypad for numbers: digits, comma, delete, clear and OK. Keys are 8.5 cm wide, easy to hit. */
export function Keypad({ id, enabled, onKey, onSubmit, position, rotation }: KeypadProps) {
  const t = useTranslate()
  const isTarget = useApp((state) => selectTargets(state).includes(id))
  const x = (column: number) => (column - 1.5) * STEP
  const y = (row: number) => (1.5 - row) * STEP
  return (
    <group
      position={position as [number, number, number] | undefined}
      rotation={rotation as [number, number, number] | undefined}
    >
      <mesh position={[0, 0, -0.012]}>
        <boxGeometry args={[WIDTH, HEIGHT, 0.01]} />
        <meshStandardMaterial color="#3b4250" roughness={0.8} />
      </mesh>
      {isTarget && enabled && (
        <group position={[0, 0, -0.012]}>
          <HighlightFrame size={[WIDTH, HEIGHT]} kind="target" />
        </group>
      )}
      {DIGIT_ROWS.map((row, rowIndex) =>
        row.map((key, column) =>
          key === null ? null : (
            <Button3D
              key={key}
              id={`${id}.${keyId(key)}`}
              label={key}
              name={key === ',' ? t('keypad.comma') : t('keypad.digit', { digit: key })}
              width={KEY}
              height={KEY}
              fontSize={0.042}
              enabled={enabled}
              position={[x(column), y(rowIndex), 0]}
              onActivate={() => onKey(key)}
            />
          ),
        ),
      )}
      <Button3D
        id={`${id}.delete`}
        label={t('keypad.delete')}
        width={KEY}
        height={KEY}
        fontSize={THEME.size.smallText * 0.8}
        enabled={enabled}
        position={[x(3), y(0), 0]}
        onActivate={() => onKey('backspace')}
      />
      <Button3D
        id={`${id}.clear`}
        label={t('keypad.clear')}
        width={KEY}
        height={KEY}
        fontSize={THEME.size.smallText * 0.8}
        enabled={enabled}
        position={[x(3), y(1), 0]}
        onActivate={() => onKey('clear')}
      />
      <Button3D
        id={`${id}.ok`}
        label={t('keypad.ok')}
        width={KEY}
        height={KEY * 2 + GAP}
        variant="success"
        fontSize={0.036}
        enabled={enabled}
        position={[x(3), (y(2) + y(3)) / 2, 0]}
        onActivate={onSubmit}
      />
    </group>
  )
}
