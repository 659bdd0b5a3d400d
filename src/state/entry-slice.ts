import { currentStep } from '../tasks/engine'
import type { ActionSource, AppState, SliceCreator } from './app-store'

/** A key on the number keypad. */
export type KeypadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | ',' | 'delete' | 'clear'

/** The longest number a field takes: OCR references have at most 25 digits. */
const MAX_FIELD_LENGTH = 25

/** What the visitor has typed and holds: cleared for the next visitor. */
export interface EntrySlice {
  /** Typed text, by field. */
  entries: Readonly<Record<string, string>>
  /** The interactable the visitor holds up to read, if any. */
  heldItem: string | null
  pressKey: (key: KeypadKey, source?: ActionSource) => void
  /** Sends the active field's text to the task. */
  submitEntry: (source?: ActionSource) => void
  /** Picks an item up to read it, or puts it down. Picking up also counts as activating it. */
  toggleHeld: (id: string, source?: ActionSource) => void
  clearEntries: () => void
}

/** The field the current step asks for, if it asks for one. */
export function activeField(state: AppState): string | null {
  const task = state.taskDefinition()
  const step = task && state.run ? currentStep(task, state.run) : undefined
  return step?.complete.rule === 'enter-value' && !state.run?.waitingForStaff
    ? step.complete.params.field
    : null
}

function edit(text: string, key: KeypadKey): string {
  if (key === 'delete') return text.slice(0, -1)
  if (key === 'clear') return ''
  if (key === ',' && text.includes(',')) return text
  return text.length < MAX_FIELD_LENGTH ? text + key : text
}

export const createEntrySlice: SliceCreator<EntrySlice> = (set, get) => ({
  entries: {},
  heldItem: null,

  pressKey: (key, source) => {
    const field = activeField(get())
    if (field === null) return
    set({ entries: { ...get().entries, [field]: edit(get().entries[field] ?? '', key) } })
    get().noteInput(source)
  },
  submitEntry: (source = 'visitor') => {
    const field = activeField(get())
    if (field === null) return
    get().dispatchTask({ type: 'submit', field, value: get().entries[field] ?? '' }, source)
  },
  toggleHeld: (id, source = 'visitor') => {
    const holding = get().heldItem === id
    set({ heldItem: holding ? null : id })
    if (!holding) get().activate(id, source)
  },
  clearEntries: () => set({ entries: {}, heldItem: null }),
})
