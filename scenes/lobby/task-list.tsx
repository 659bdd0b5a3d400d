import { useTranslate } from '../../src/state/use-translate'
import { sceneById } from '../../src/app/scene-registry'
import type { TaskDefinition } from '../../src/tasks/schema'
import { Stack } from '../../src/ui/kit/box'
import { Pressable } from '../../src/ui/kit/pressable'
import { Scroll } from '../../src/ui/kit/scroll'
import { Text } from '../../src/ui/kit/text'
import { buttonColors } from '../../src/ui/theme'
import { useTheme } from '../../src/ui/use-theme'

/** The tasks grouped by the place they happen in, in the order the task files list them. */
export function groupByPlace(tasks: readonly TaskDefinition[]): { scene: string; tasks: TaskDefinition[] }[] {
  const places = new Map<string, TaskDefinition[]>()
  for (const task of tasks) places.set(task.scene, [...(places.get(task.scene) ?? []), task])
  return [...places].map(([scene, sceneTasks]) => ({ scene, tasks: sceneTasks }))
}

/** Every exercise, place by place, each a big button with its title and what it is about; the list scrolls. */
export function TaskList({
  tasks,
  maxHeight,
  onStart,
}: {
  tasks: readonly TaskDefinition[]
  maxHeight: number
  onStart: (taskId: string) => void
}) {
  const theme = useTheme()
  const t = useTranslate()
  const colors = buttonColors(theme, 'primary')
  return (
    <Scroll id="lobby.tasks" maxHeight={maxHeight} gap={theme.space.m}>
      {groupByPlace(tasks).map((place) => (
        <Stack key={place.scene} gap={theme.space.s}>
          <Text size="large" bold color={theme.color.mutedText}>
            {t.data(sceneById(place.scene).info.titleKey)}
          </Text>
          {place.tasks.map((task) => (
            <Pressable
              key={task.id}
              id={`lobby.task.${task.id}`}
              name={t('lobby.start', { title: t.data(task.titleKey) })}
              colors={{ base: colors.base, hover: colors.hover }}
              style={{
                padding: { horizontal: theme.space.m, vertical: theme.space.s },
                gap: 0.004,
                minHeight: 0.08,
              }}
              onActivate={() => onStart(task.id)}
            >
              <Text size="large" bold color={colors.text}>
                {t.data(task.titleKey)}
              </Text>
              <Text color={colors.text}>{t.data(task.summaryKey)}</Text>
            </Pressable>
          ))}
        </Stack>
      ))}
    </Scroll>
  )
}
