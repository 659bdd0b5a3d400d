import { useTranslate } from '../../src/i18n/use-translate'
import { LOCALES } from '../../src/i18n/locales'
import type { Posture } from '../../src/state/session-slice'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { Button3D } from '../../src/ui/button-3d'
import { Panel } from '../../src/ui/panel'
import { THEME } from '../../src/ui/theme'
import { UiText } from '../../src/ui/ui-text'

const WIDTH = 1.25
const HEIGHT = 1.02
const POSTURES: readonly Posture[] = ['seated', 'standing']

/** The lobby's welcome board: language, sitting or standing, and the exercises on offer. */
export function WelcomePanel({
  taskIds,
  taskTitleKeys,
}: {
  taskIds: readonly string[]
  taskTitleKeys: readonly string[]
}) {
  const t = useTranslate()
  const store = useAppStoreApi()
  const locale = useApp((state) => state.locale)
  const posture = useApp((state) => state.posture)
  const left = -WIDTH / 2 + 0.06
  return (
    <Panel width={WIDTH} height={HEIGHT} position={[0, 1.38, -1.45]}>
      <UiText position={[0, 0.43, 0]} fontSize={THEME.size.heading * 1.3} bold>
        {t('lobby.welcome')}
      </UiText>
      <UiText
        position={[0, 0.33, 0]}
        maxWidth={WIDTH - 0.12}
        textAlign="center"
        color={THEME.color.mutedText}
      >
        {t('lobby.intro')}
      </UiText>

      <UiText position={[left, 0.2, 0]} anchorX="left" bold>
        {t('lobby.language')}
      </UiText>
      {LOCALES.map((option, index) => (
        <Button3D
          key={option.code}
          id={`lobby.language.${option.code}`}
          role="radio"
          label={option.name}
          checked={locale === option.code}
          width={0.3}
          position={[-0.16 + index * 0.33, 0.2, 0]}
          onActivate={() => store.getState().setLocale(option.code)}
        />
      ))}

      <UiText position={[left, 0.08, 0]} anchorX="left" bold>
        {t('lobby.posture')}
      </UiText>
      {POSTURES.map((option, index) => (
        <Button3D
          key={option}
          id={`lobby.posture.${option}`}
          role="radio"
          label={t(`lobby.posture.${option}`)}
          checked={posture === option}
          width={0.3}
          position={[-0.16 + index * 0.33, 0.08, 0]}
          onActivate={() => store.getState().setPosture(option)}
        />
      ))}

      <UiText position={[0, -0.06, 0]} bold fontSize={THEME.size.heading}>
        {t('lobby.choose-task')}
      </UiText>
      {taskIds.map((taskId, index) => (
        <Button3D
          key={taskId}
          id={`lobby.task.${taskId}`}
          label={t('lobby.start', { title: t(taskTitleKeys[index] ?? taskId) })}
          variant="primary"
          width={0.7}
          height={0.1}
          fontSize={THEME.size.heading * 0.85}
          position={[0, -0.19 - index * 0.13, 0]}
          onActivate={() => store.getState().startTask(taskId)}
        />
      ))}
    </Panel>
  )
}
