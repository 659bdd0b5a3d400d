import type { Object3D } from 'three'

/** The accessible role of an interactive 3D element. */
export type InteractableRole = 'button' | 'radio' | 'checkbox' | 'textbox' | 'document'

/** One interactive element in the scene, as screen readers, keyboard users and tests see it. */
export interface InteractableEntry {
  /** Stable id, e.g. 'bank.keypad.7'. */
  id: string
  role: InteractableRole
  /** Accessible name in the current language. */
  name: string
  enabled: boolean
  /** For roles 'radio' and 'checkbox': whether this option is chosen. */
  checked?: boolean
  /** A larger control this one is part of (a keypad for its keys): highlighting the group highlights it. */
  group?: string
  /** Whether it is laid out and in view, so it can be pointed at; absent means always. */
  isPlaced?: () => boolean
  /** Its width and height in metres, in the plane of its object, centred on it. */
  bounds?: () => { width: number; height: number }
  /** The object whose world position is the element's position. */
  object: Object3D
  /** Does what a click, a trigger press or Enter on its DOM mirror does. */
  activate: () => void
}

export interface InteractableRegistry {
  /** Adds or replaces an entry; returns a function that removes it. */
  register: (entry: InteractableEntry) => () => void
  list: () => InteractableEntry[]
  get: (id: string) => InteractableEntry | undefined
  /** Called after any change; returns a function that unsubscribes. */
  subscribe: (listener: () => void) => () => void
  /** The element whose DOM mirror has keyboard focus, shown with a focus ring in 3D. */
  focusedId: () => string | null
  setFocusedId: (id: string | null) => void
}

/** A registry of the interactables now in the scene, kept in insertion (visual) order. */
export function createInteractableRegistry(): InteractableRegistry {
  const entries = new Map<string, InteractableEntry>()
  const listeners = new Set<() => void>()
  let snapshot: InteractableEntry[] = []
  let focused: string | null = null
  const changed = () => {
    snapshot = [...entries.values()]
    for (const listener of listeners) listener()
  }
  return {
    register: (entry) => {
      entries.set(entry.id, entry)
      changed()
      return () => {
        if (entries.get(entry.id) === entry) {
          entries.delete(entry.id)
          changed()
        }
      }
    },
    list: () => snapshot,
    get: (id) => entries.get(id),
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    focusedId: () => focused,
    setFocusedId: (id) => {
      if (focused === id) return
      focused = id
      for (const listener of listeners) listener()
    },
  }
}
