import { useEffect } from 'react'
import { useTranslate } from '../i18n/use-translate'
import { activeField } from '../state/entry-slice'
import { useAppStoreApi } from '../state/store-context'
import { useInteractableRegistry, useInteractables } from './interactable-context'

const TYPED_KEYS: Readonly<Record<string, string>> = {
  '0': '0',
  '1': '1',
  '2': '2',
  '3': '3',
  '4': '4',
  '5': '5',
  '6': '6',
  '7': '7',
  '8': '8',
  '9': '9',
  ',': ',',
  '.': ',',
  Backspace: 'backspace',
  Delete: 'clear',
}

/**
 * Every interactive 3D element as a real, focusable DOM button, in scene order: screen readers and
 * Tab/Enter reach everything a pointer can. Focus shows as a ring around the element in 3D.
 */
export function AccessibleMirror() {
  const t = useTranslate()
  const registry = useInteractableRegistry()
  const entries = useInteractables()
  return (
    <nav className="mirror" aria-label={t('app.skip-to-controls')}>
      <p className="visually-hidden">{t('app.controls-help')}</p>
      {entries.map((entry) => (
        <button
          key={entry.id}
          type="button"
          className="visually-hidden"
          data-interactable={entry.id}
          role={entry.role === 'radio' ? 'radio' : undefined}
          aria-checked={entry.role === 'radio' ? Boolean(entry.checked) : undefined}
          aria-disabled={!entry.enabled || undefined}
          onFocus={() => registry.setFocusedId(entry.id)}
          onBlur={() => registry.setFocusedId(null)}
          onClick={() => entry.activate()}
        >
          {entry.name}
        </button>
      ))}
    </nav>
  )
}

/** On a screen, digits typed on the keyboard go into the open number field. */
export function useTypedDigits(enabled: boolean): void {
  const store = useAppStoreApi()
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || activeField(store.getState()) === null) return
      const key = TYPED_KEYS[event.key]
      if (key) {
        event.preventDefault()
        store.getState().typeKey(key)
      } else if (event.key === 'Enter' && document.activeElement === document.body) {
        event.preventDefault()
        store.getState().submitEntry()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [enabled, store])
}
