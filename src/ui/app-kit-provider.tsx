import { useMemo, type ReactNode } from 'react'
import { localeInfo } from '../i18n/locales'
import { selectTargets } from '../state/selectors'
import { useApp } from '../state/store-context'
import { KitProvider, useKitSettings } from './kit/kit-context'
import { themeFor } from './theme'

/** The kit's settings from the app's store: the visitor's theme and language, the step's targets, the mode. */
export function AppKitProvider({ children }: { children: ReactNode }) {
  const textSize = useApp((state) => state.settings.textSize)
  const contrast = useApp((state) => state.settings.contrast)
  const reduceMotion = useApp((state) => state.settings.reduceMotion)
  const theme = useMemo(
    () => themeFor({ textSize, contrast, reduceMotion }),
    [textSize, contrast, reduceMotion],
  )
  const dir = useApp((state) => localeInfo(state.locale).dir)
  const targets = useApp(selectTargets)
  const vr = useApp((state) => state.mode === 'vr')
  return <KitProvider settings={useKitSettings(theme, dir, targets, vr)}>{children}</KitProvider>
}
