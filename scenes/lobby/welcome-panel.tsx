import { useTranslate } from '../../src/i18n/use-translate'
import { LOCALES } from '../../src/i18n/locales'
import type { Posture } from '../../src/state/session-slice'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { Button } from '../../src/ui/kit/button'
import { Row, Stack } from '../../src/ui/kit/box'
import { Panel } from '../../src/ui/kit/panel'
import { Text } from '../../src/ui/kit/text'

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
  return (
    <Panel width={1.25} position={[0, 1.9, -1.45]} anchor="top" padding={0.05} gap={0.03}>
      <Text size="title" bold align="center">
        {t('lobby.welcome')}
      </Text>
      <Text align="center" color="#4a5566">
        {t('lobby.intro')}
      </Text>
      <Row gap={0.03}>
        <Text bold style={{ width: 0.3 }}>
          {t('lobby.language')}
        </Text>
        {LOCALES.map((option) => (
          <Button
            key={option.code}
            id={`lobby.language.${option.code}`}
            role="radio"
            label={option.name}
            checked={locale === option.code}
            style={{ width: 0.3 }}
            onActivate={() => store.getState().setLocale(option.code)}
          />
        ))}
      </Row>
      <Row gap={0.03}>
        <Text bold style={{ width: 0.3 }}>
          {t('lobby.posture')}
        </Text>
        {POSTURES.map((option) => (
          <Button
            key={option}
            id={`lobby.posture.${option}`}
            role="radio"
            label={t(`lobby.posture.${option}`)}
            checked={posture === option}
            style={{ width: 0.3 }}
            onActivate={() => store.getState().setPosture(option)}
          />
        ))}
      </Row>
      <Text size="heading" bold align="center">
        {t('lobby.choose-task')}
      </Text>
      <Stack align="center">
        {taskIds.map((taskId, index) => (
          <Button
            key={taskId}
            id={`lobby.task.${taskId}`}
            label={t('lobby.start', { title: t(taskTitleKeys[index] ?? taskId) })}
            variant="primary"
            size="large"
            style={{ width: 0.7 }}
            onActivate={() => store.getState().startTask(taskId)}
          />
        ))}
      </Stack>
    </Panel>
  )
}
