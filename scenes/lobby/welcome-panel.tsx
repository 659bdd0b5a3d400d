import { useMemo, type ReactNode } from 'react'
import { lobbyTasks } from '../../src/app/scene-registry'
import { useTranslate } from '../../src/state/use-translate'
import { LOCALES } from '../../src/domain/locales'
import type { Posture } from '../../src/state/session-slice'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { Row, Stack } from '../../src/ui/kit/box'
import { Button } from '../../src/ui/kit/button'
import { Panel } from '../../src/ui/kit/panel'
import { Text } from '../../src/ui/kit/text'
import { useTheme } from '../../src/ui/use-theme'
import { HelpButton } from '../../src/ui/help-button'
import { useScreenShape } from '../../src/ui/use-screen-shape'
import { BasicsOffer } from './basics-offer'
import { TaskList } from './task-list'

const POSTURES: readonly Posture[] = ['seated', 'standing']

/** A question and its answers as big buttons that wrap onto more rows when there are many. */
function Choices({ label, children }: { label: string; children: ReactNode }) {
  const theme = useTheme()
  return (
    <Stack gap={theme.space.xs}>
      <Text bold>{label}</Text>
      <Row wrap gap={theme.space.s} align="stretch" style={{ rowGap: theme.space.s }}>
        {children}
      </Row>
    </Stack>
  )
}

/** The lobby's welcome board: language, sitting or standing, and every exercise, place by place. */
export function WelcomePanel() {
  const theme = useTheme()
  const t = useTranslate()
  const store = useAppStoreApi()
  const locale = useApp((state) => state.locale)
  const posture = useApp((state) => state.posture)
  const mode = useApp((state) => state.mode)
  const allTasks = useApp((state) => state.tasks)
  const tasks = useMemo(() => lobbyTasks(allTasks, mode), [allTasks, mode])
  const narrow = useScreenShape() === 'portrait'
  return (
    <Panel
      width={narrow ? 0.62 : 1.2}
      position={[0, 1.98, -0.98]}
      anchor="top"
      // On a phone the board is framed to its height: a thinner edge gives its controls the pixels.
      padding={narrow ? 0.025 : 0.045}
      gap={theme.space.m}
    >
      <Text size="title" bold align="center">
        {t('lobby.welcome')}
      </Text>
      <Text align="center" color={theme.color.mutedText}>
        {t('lobby.intro')}
      </Text>
      <Row align="start" gap={theme.space.l} wrap style={{ rowGap: theme.space.m }}>
        <Choices label={t('lobby.language')}>
          {LOCALES.map((option) => (
            <Button
              key={option.code}
              id={`lobby.language.${option.code}`}
              role="radio"
              label={option.name}
              checked={locale === option.code}
              style={{ minWidth: 0.24 }}
              onActivate={() => store.getState().setLocale(option.code)}
            />
          ))}
        </Choices>
        <Choices label={t('lobby.posture')}>
          {POSTURES.map((option) => (
            <Button
              key={option}
              id={`lobby.posture.${option}`}
              role="radio"
              label={t(`lobby.posture.${option}`)}
              checked={posture === option}
              style={{ minWidth: 0.24 }}
              onActivate={() => store.getState().setPosture(option)}
            />
          ))}
        </Choices>
        <Choices label={t('menu.title')}>
          <Button
            id="lobby.settings"
            label={t('menu.open')}
            style={{ minWidth: 0.24 }}
            onActivate={() => store.getState().setMenuOpen(true)}
          />
        </Choices>
      </Row>
      <Text size="heading" bold>
        {t('lobby.choose-task')}
      </Text>
      <TaskList tasks={tasks} maxHeight={0.42} onStart={(taskId) => store.getState().startTask(taskId)} />
      {/* At the foot of the board, farthest from the eye: a size up keeps its label at 1.5° or more. */}
      {mode === 'vr' && <HelpButton size="large" />}
      <BasicsOffer />
    </Panel>
  )
}
