import { useTranslate } from '../i18n/use-translate'
import { useApp, useAppStoreApi } from '../state/store-context'
import { Button } from './kit/button'
import type { BoxStyle } from './layout/box-style'
import type { TextSize } from './theme'

/** Props of {@link HelpButton}. */
export interface HelpButtonProps {
  style?: BoxStyle
  /** Its label's size: larger where the button sits far from the eye, as at the foot of the lobby board. @default 'body' */
  size?: TextSize
}

/** "Call staff" in the world (the step panel, the lobby board): after a press it says staff are coming. */
export function HelpButton({ style, size }: HelpButtonProps) {
  const t = useTranslate()
  const store = useAppStoreApi()
  const requested = useApp((state) => state.helpRequested)
  return (
    <Button
      id="help.call"
      label={t(requested ? 'help.coming' : 'help.call')}
      name={t('help.name')}
      variant={requested ? 'success' : 'secondary'}
      size={size}
      style={style}
      onActivate={() => store.getState().requestHelp()}
    />
  )
}

/** "Call staff" on a screen, in the corner of every scene. */
export function HelpScreenButton() {
  const t = useTranslate()
  const store = useAppStoreApi()
  const requested = useApp((state) => state.helpRequested)
  const entered = useApp((state) => state.entered)
  const mode = useApp((state) => state.mode)
  if (!entered || mode !== 'desktop') return null
  return (
    <div className="top-bar">
      <button
        type="button"
        data-testid="help-call"
        aria-label={t('help.name')}
        aria-pressed={requested}
        className={requested ? 'help-coming' : undefined}
        onClick={() => store.getState().requestHelp()}
      >
        {t(requested ? 'help.coming' : 'help.call')}
      </button>
    </div>
  )
}
