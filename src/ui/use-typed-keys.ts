import { useEffect } from 'react'
import { activeField } from '../state/entry-slice'
import { useAppStoreApi } from '../state/store-context'

/** Keys that edit rather than type. */
const EDIT_KEYS: Readonly<Record<string, string>> = { Backspace: 'backspace', Delete: 'clear' }

/**
 * On a screen, the physical keyboard types into the step's open field, whatever has focus: the field's format
 * keeps what it accepts (digits only for an OCR number, letters with å, ä and ö for a name). Enter sends the
 * field when no control has focus, so Enter on a focused button still presses it.
 */
export function useTypedKeys(enabled: boolean): void {
  const store = useAppStoreApi()
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      const field = activeField(store.getState())
      if (field === null) return
      const edit = EDIT_KEYS[event.key]
      const character = [...event.key].length === 1 ? event.key : null
      if (edit !== undefined) {
        event.preventDefault()
        store.getState().typeKey(edit)
      } else if (character !== null) {
        // Spaces, digits and letters go to the field, not to a focused button.
        event.preventDefault()
        store.getState().typeKey(field.format.kind === 'amount' && character === '.' ? ',' : character)
      } else if (event.key === 'Enter' && document.activeElement === document.body) {
        event.preventDefault()
        store.getState().submitEntry()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [enabled, store])
}
