import { useTranslate } from '../../src/state/use-translate'
import { useApp } from '../../src/state/store-context'
import { FieldKeyboard } from '../../src/ui/field-keyboard'
import { Panel } from '../../src/ui/kit/panel'
import { useTheme } from '../../src/ui/use-theme'
import { TUTORIAL_IDS } from './ids'
import { ROOM } from './layout'
import { useLessonStage } from './stage'

/** On a screen, the lesson in typing: a keyboard on the table's far edge, echoing the word as it is typed. */
export function WordBoard() {
  const theme = useTheme()
  const t = useTranslate()
  const typing = useLessonStage() === 'type'
  const onScreen = useApp((state) => state.mode === 'desktop')
  if (!typing || !onScreen) return null
  return (
    <Panel
      position={ROOM.wordBoard}
      rotation={[-0.5, 0, 0]}
      anchor="bottom"
      padding={theme.space.s}
      gap={theme.space.s}
    >
      <FieldKeyboard
        id={TUTORIAL_IDS.keyboard}
        fallback="sv"
        labelOf={(field) => t.data(`tutorial.field.${field}`)}
      />
    </Panel>
  )
}
