import { createContext, useCallback, useContext, useSyncExternalStore } from 'react'
import type { LayoutTree } from '../layout/layout-tree'

const InsideDialog = createContext(false)

/** Marks its children as the open dialog's own controls. */
export const InsideDialogProvider = InsideDialog.Provider

/** True for a control of the panel that an open dialog covers: it cannot be used until the dialog closes. */
export function useCoveredByDialog(tree: LayoutTree): boolean {
  const inside = useContext(InsideDialog)
  const subscribe = useCallback((listener: () => void) => tree.onModal(listener), [tree])
  const open = useSyncExternalStore(subscribe, () => tree.hasModal())
  return open && !inside
}
