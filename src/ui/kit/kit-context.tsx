import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { DEFAULT_SETTINGS } from '../../state/settings'
import { themeFor, type Theme } from '../theme'

/**
 * What the kit draws with: the theme (text size, contrast, motion), the reading direction, which controls the
 * guide points at, and whether the visitor is in a headset. The kit reads these from here, never from the app's
 * store, so a page can be drawn in a test or in the staff console's preview with plain values.
 */
export interface KitSettings {
  theme: Theme
  dir: 'ltr' | 'rtl'
  /** The ids the guide points at now: they are highlighted. */
  targets: readonly string[]
  /** In a headset: panels keep their wide shape and controls their ray size. */
  vr: boolean
}

const NO_TARGETS: readonly string[] = []

/** The kit's defaults: the default theme, left to right, nothing highlighted, on a screen. */
export const DEFAULT_KIT: KitSettings = {
  theme: themeFor(DEFAULT_SETTINGS),
  dir: 'ltr',
  targets: NO_TARGETS,
  vr: false,
}

const KitContext = createContext<KitSettings>(DEFAULT_KIT)

/** Provides the kit's settings to everything drawn inside. */
export function KitProvider({ settings, children }: { settings: KitSettings; children: ReactNode }) {
  return <KitContext.Provider value={settings}>{children}</KitContext.Provider>
}

/** The kit's settings where it is drawn. */
export function useKit(): KitSettings {
  return useContext(KitContext)
}

/** Kit settings from plain values, kept stable while they do not change. */
export function useKitSettings(
  theme: Theme,
  dir: 'ltr' | 'rtl',
  targets: readonly string[],
  vr: boolean,
): KitSettings {
  return useMemo(() => ({ theme, dir, targets, vr }), [theme, dir, targets, vr])
}
