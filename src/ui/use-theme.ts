import { useMemo } from 'react'
import { useApp } from '../state/store-context'
import { themeFor, type Theme } from './theme'

/** The visitor's theme: every kit component, panel and the desktop HUD take their look from it. */
export function useTheme(): Theme {
  const textSize = useApp((state) => state.settings.textSize)
  const contrast = useApp((state) => state.settings.contrast)
  const reduceMotion = useApp((state) => state.settings.reduceMotion)
  return useMemo(() => themeFor({ textSize, contrast, reduceMotion }), [textSize, contrast, reduceMotion])
}
