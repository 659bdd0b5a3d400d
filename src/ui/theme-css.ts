import type { CSSProperties } from 'react'
import type { Theme } from './theme'

/**
 * The theme as CSS custom properties for the page's own text (the desktop HUD, the menus, the notices): set on
 * the app's root element, so the HTML follows the same text size and contrast as the 3D panels.
 */
export function themeStyle(theme: Theme): CSSProperties {
  const color = theme.color
  return {
    '--text-scale': String(theme.textScale),
    '--ink': color.text,
    '--muted': color.mutedText,
    '--paper': color.panel,
    '--edge': color.panelEdge,
    '--primary': color.primary,
    '--on-primary': color.onStrong,
    '--control': color.secondary,
    '--success': color.success,
    '--field': color.field,
    '--tint': color.tint,
    '--highlight': color.highlight,
    '--focus': color.focus,
    '--feedback': color.feedback,
    '--danger-ink': color.feedbackText,
    '--hint': color.hint,
    '--hint-ink': color.hintText,
  } as CSSProperties
}
