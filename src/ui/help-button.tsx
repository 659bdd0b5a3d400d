import type { CSSProperties } from 'react'
import { useTranslate } from '../state/use-translate'
import { TOP_BAND_PX } from './reading-region'
import type { AppStore } from '../state/app-store'
import { selectTargets } from '../state/selectors'
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

/** The id of "Call staff" wherever it is shown; a lesson step that targets it practises calling. */
export const HELP_ID = 'help.call'

/**
 * A press on "Call staff": calls staff, except in a lesson that practises the press, where it only completes the
 * step, so no one is called for a rehearsal.
 */
export function pressHelp(store: AppStore): void {
  const state = store.getState()
  if (selectTargets(state).includes(HELP_ID)) state.activate(HELP_ID)
  else state.requestHelp()
}

/** "Call staff" in the world (the step panel, the lobby board): after a press it says staff are coming. */
export function HelpButton({ style, size }: HelpButtonProps) {
  const t = useTranslate()
  const store = useAppStoreApi()
  const requested = useApp((state) => state.helpRequested)
  return (
    <Button
      id={HELP_ID}
      label={t(requested ? 'help.coming' : 'help.call')}
      // The name starts with what the button says (a speech-input user says what they see); once pressed, it is
      // what the button says.
      name={requested ? undefined : t('help.name')}
      variant={requested ? 'success' : 'secondary'}
      size={size}
      style={style}
      onActivate={() => pressHelp(store)}
    />
  )
}

/** The band's height, as the screen camera keeps it clear: one definition, in `reading-region.ts`. */
const TOP_BAND_STYLE = { '--top-band': `${TOP_BAND_PX}px` } as CSSProperties

/** "Call staff" on a screen, at the end of the top band over every scene. */
export function HelpScreenButton() {
  const t = useTranslate()
  const store = useAppStoreApi()
  const requested = useApp((state) => state.helpRequested)
  const entered = useApp((state) => state.entered)
  const mode = useApp((state) => state.mode)
  const practising = useApp((state) => selectTargets(state).includes(HELP_ID))
  if (!entered || mode !== 'desktop') return null
  return (
    <div className="top-bar" data-testid="top-band" style={TOP_BAND_STYLE}>
      <button
        type="button"
        data-testid="help-call"
        aria-label={requested ? undefined : t('help.name')}
        aria-pressed={requested}
        className={requested ? 'help-coming' : practising ? 'help-target' : undefined}
        onClick={() => pressHelp(store)}
      >
        {t(requested ? 'help.coming' : 'help.call')}
      </button>
    </div>
  )
}
