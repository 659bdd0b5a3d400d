import { useTranslate } from '../state/use-translate'
import { useInteractableRegistry, useInteractables } from './interactable-context'

/**
 * Every interactive 3D element as a real, focusable DOM button, in scene order: screen readers and
 * Tab/Enter reach everything a pointer can. Focus shows as a ring around the element in 3D. The errand's paper is
 * there as text too, given by the document reading view (`document/document-reading-view.tsx`), once.
 */
export function AccessibleMirror() {
  const t = useTranslate()
  const registry = useInteractableRegistry()
  const entries = useInteractables()
  return (
    <>
      <nav className="mirror" aria-label={t('app.skip-to-controls')}>
        <p className="visually-hidden">{t('app.controls-help')}</p>
        {entries.map((entry) => (
          <button
            key={entry.id}
            type="button"
            className="visually-hidden"
            data-interactable={entry.id}
            role={entry.role === 'radio' || entry.role === 'checkbox' ? entry.role : undefined}
            aria-checked={entry.checked === undefined ? undefined : entry.checked}
            aria-disabled={!entry.enabled || undefined}
            onFocus={() => registry.setFocusedId(entry.id)}
            onBlur={() => registry.setFocusedId(null)}
            onClick={() => entry.activate()}
          >
            {entry.name}
          </button>
        ))}
      </nav>
    </>
  )
}
