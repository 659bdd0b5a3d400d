import { useTranslate } from '../state/use-translate'
import { Panel } from '../ui/kit/panel'
import { Text } from '../ui/kit/text'
import { useTheme } from '../ui/use-theme'
import { useStationBadge } from './station-context'
import type { Vec3 } from '../domain/vec3'

/** Props of the lobby's station sign. */
export interface StationBadgeProps {
  position: Vec3
  /** @default [0, 0, 0] */
  rotation?: Vec3
}

/**
 * A small sign with the station's name and pairing code, so staff can tell which headset is which; until staff
 * approve the station, it asks them to.
 */
export function StationBadge({ position, rotation = [0, 0, 0] }: StationBadgeProps) {
  const theme = useTheme()
  const t = useTranslate()
  const badge = useStationBadge()
  if (!badge) return null
  return (
    <Panel position={position} rotation={rotation} width={0.4} padding={theme.space.s} gap={theme.space.xs}>
      <Text bold align="center">
        {badge.name}
      </Text>
      <Text bold color={theme.color.primary} align="center">
        {t('station.badge-code', { code: badge.pairingCode })}
      </Text>
      {badge.approved === false && (
        <Text size="small" align="center">
          {t('station.badge-pending')}
        </Text>
      )}
    </Panel>
  )
}
