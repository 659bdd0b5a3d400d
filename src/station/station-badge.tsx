import { useTranslate } from '../i18n/use-translate'
import { Panel } from '../ui/panel'
import { THEME } from '../ui/theme'
import { UiText } from '../ui/ui-text'
import { useStationBadge } from './station-context'

const WIDTH = 0.4
const HEIGHT = 0.13
const PENDING_LINE = 0.05

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
  const pending = badge.approved === false
  // A third line while staff have not approved the station; the sign grows to make room.
  const height = pending ? HEIGHT + PENDING_LINE : HEIGHT
  const top = height / 2
  return (
    <Panel width={WIDTH} height={height} position={position} rotation={rotation}>
      <UiText
        position={[0, top - 0.04, 0]}
        fontSize={THEME.size.text}
        maxWidth={WIDTH - 0.04}
        textAlign="center"
        bold
      >
        {badge.name}
      </UiText>
      <UiText position={[0, top - 0.095, 0]} fontSize={THEME.size.text} color={THEME.color.primary} bold>
        {t('station.badge-code', { code: badge.pairingCode })}
      </UiText>
      {pending && (
        <UiText
          position={[0, top - 0.145, 0]}
          fontSize={THEME.size.smallText}
          maxWidth={WIDTH - 0.04}
          textAlign="center"
        >
          {t('station.badge-pending')}
        </UiText>
      )}
    </Panel>
  )
}
