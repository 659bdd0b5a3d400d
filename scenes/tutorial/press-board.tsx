import { useTranslate } from '../../src/state/use-translate'
import { useAppStoreApi } from '../../src/state/store-context'
import { Button } from '../../src/ui/kit/button'
import { Panel } from '../../src/ui/kit/panel'
import { Text } from '../../src/ui/kit/text'
import { useTheme } from '../../src/ui/use-theme'
import { TUTORIAL_IDS } from './ids'
import { ROOM } from './layout'
import { isPast, useLessonStage } from './stage'

/** A board behind the table with one big green button, the first thing to press. */
export function PressBoard() {
  const theme = useTheme()
  const t = useTranslate()
  const store = useAppStoreApi()
  const pressed = isPast(useLessonStage(), 'press')
  return (
    <Panel width={0.5} position={ROOM.pressBoard} anchor="bottom" gap={theme.space.m}>
      <Text size="heading" bold align="center">
        {t(pressed ? 'tutorial.board.pressed' : 'tutorial.board.title')}
      </Text>
      <Button
        id={TUTORIAL_IDS.press}
        label={t('tutorial.board.button')}
        variant="success"
        size="title"
        style={{ minHeight: 0.12 }}
        onActivate={() => store.getState().activate(TUTORIAL_IDS.press)}
      />
    </Panel>
  )
}
