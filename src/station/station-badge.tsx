import { useTranslate } from '../i18n/use-translate'
import { Panel } from '../ui/panel'
import { THEME } from '../ui/theme'
import { UiText } from '../ui/ui-text'
import { useStationBadge } from './station-context'

const WIDTH = 0.4
const HEIGHT = 0.13

/** Props of the lobby's station sign. */
export interface StationBadgeProps {
  position: readonly [number, number, number]
  /** @default [0, 0, 0] */
  rotation?: readonly [number, number, number]
}

/**
 * A small sign with the station's name and pairing code, so staff can tell which headset is which; until staff
 * approve the station, it asks them to.
 */
export function StationBadge({ position, rotation = [0, 0, 0] }: StationBadgeProps) {
  const t = useTranslate()
  const badge = useStationBadge()
  if (!badge) return null
  return (
    <Panel width={WIDTH} height={HEIGHT} position={position} rotation={rotation}>
      <UiText
        position={[0, 0.025, 0]}
        fontSize={THEME.size.text}
        maxWidth={WIDTH - 0.04}
        textAlign="center"
        bold
      >
        {badge.name}
      </UiText>
      <UiText position={[0, -0.03, 0]} fontSize={THEME.size.text} color={THEME.color.primary} bold>
        {t(badge.approved === false ? 'station.badge-pending' : 'station.badge-code', {
          code: badge.pairingCode,
        })}
      </UiText>
    </Panel>
  )
}
