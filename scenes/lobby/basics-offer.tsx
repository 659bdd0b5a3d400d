import { firstStepsTask } from '../../src/app/scene-registry'
import { useTranslate } from '../../src/state/use-translate'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { Button } from '../../src/ui/kit/button'
import { Dialog } from '../../src/ui/kit/dialog'
import { Text } from '../../src/ui/kit/text'

/**
 * "New to VR?": offered once to every visitor who puts on the headset, before anything else; they can take the
 * first-steps lesson or skip it. Lives inside the lobby board, which it covers until answered.
 */
export function BasicsOffer() {
  const t = useTranslate()
  const store = useAppStoreApi()
  const lesson = useApp((state) =>
    state.mode === 'vr' && !state.basicsOffered ? firstStepsTask(state.tasks, 'vr') : undefined,
  )
  if (!lesson) return null
  const answer = (take: boolean) => {
    store.getState().answerBasicsOffer()
    if (take) store.getState().startTask(lesson.id)
  }
  return (
    <Dialog
      title={t('lobby.basics.title')}
      actions={
        <>
          <Button id="lobby.basics.skip" label={t('lobby.basics.skip')} onActivate={() => answer(false)} />
          <Button
            id="lobby.basics.start"
            label={t('lobby.basics.start')}
            variant="primary"
            onActivate={() => answer(true)}
          />
        </>
      }
    >
      <Text>{t('lobby.basics.body')}</Text>
    </Dialog>
  )
}
