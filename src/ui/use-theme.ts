import { useKit } from './kit/kit-context'
import type { Theme } from './theme'

/** The visitor's theme: every kit component, panel and the desktop HUD take their look from it. */
export function useTheme(): Theme {
  return useKit().theme
}
