import type { FieldValue } from '../tasks/field-value'
import { MAX_OPTIONS, MAX_VALUE_LENGTH } from '../tasks/field-value'
import { FORMATS, formatById } from '../tasks/format-registry'
import { fieldOf, type ActiveField } from '../tasks/rule-registry'
import { typeInto } from '../tasks/typing'
import type { ActionSource, AppState, SliceCreator } from './app-store'
import { selectStep } from './selectors'

/** What the visitor has typed, chosen and holds: cleared for the next visitor. */
export interface EntrySlice {
  /** What is in each field: text (typed, a date or one option), or the options chosen in order (multi-choice). */
  entries: Readonly<Record<string, FieldValue>>
  /** The interactable the visitor holds up to read, if any. */
  heldItem: string | null
  /**
   * A field the visitor opened that the step does not ask for, such as a search box: keys go to it while the
   * step has no field of its own, and only on the step it was opened on.
   */
  openedField: OpenedField | null
  /**
   * Types into the active field: one character, kept only where the field's format accepts it and has room (a
   * digits field ignores letters, an amount takes one comma), or `'backspace'` or `'clear'`.
   */
  typeKey: (key: string, source?: ActionSource) => void
  /** Sets a field outright: a chosen option, a picked date (`YYYY-MM-DD`), a checkbox (`'true'`/`'false'`). */
  setEntry: (field: string, value: string, source?: ActionSource) => void
  /** Adds an option to a multi-choice field, or takes it out again; the rest keep the order they were chosen in. */
  toggleOption: (field: string, option: string, source?: ActionSource) => void
  /** Sends the active field's value to the task. */
  submitEntry: (source?: ActionSource) => void
  /** Opens a field the step does not ask for (a search box) for typing, in a format such as `'text'`. */
  openField: (field: string, format: string, source?: ActionSource) => void
  /** Closes the opened field, if it is this one. */
  closeField: (field: string) => void
  /** Picks an item up to read it, or puts it down. Picking up also counts as activating it. */
  toggleHeld: (id: string, source?: ActionSource) => void
  /**
   * Holds a paper up to read without counting it as activated: an upright screen does so for a step that needs
   * the paper, so it is read in the reading view rather than framed small on the desk.
   */
  holdToRead: (id: string) => void
  clearEntries: () => void
}

/** A field opened by the visitor rather than asked for by the step, on the step it belongs to. */
export interface OpenedField {
  field: string
  /** A format id. */
  format: string
  stepIndex: number
}

/** Whether fields can be filled in now: a task runs and is not waiting for staff. */
function entriesOpen(state: AppState): boolean {
  return state.run?.status === 'running' && !state.run.waitingForStaff
}

// The same object for the same opened field, so `useApp(activeField)` stays a stable selector.
const openedCache = new Map<string, ActiveField>()

function openedFieldOf({ field, format }: OpenedField): ActiveField {
  const key = `${field}\n${format}`
  let active = openedCache.get(key)
  if (active === undefined) {
    active = { field, format: formatById(format) }
    openedCache.set(key, active)
  }
  return active
}

/** The field the current step asks for, with its format, if it asks for one. The same object for the same step. */
function askedField(state: AppState): ActiveField | null {
  const step = selectStep(state)
  return step && entriesOpen(state) ? fieldOf(step.complete) : null
}

/**
 * The field keys go into now, with its format: the one the current step asks for, else one the visitor opened on
 * this step (a search box). The same object for the same step.
 */
export function activeField(state: AppState): ActiveField | null {
  const asked = askedField(state)
  if (asked !== null || !entriesOpen(state)) return asked
  const opened = state.openedField
  return opened !== null && opened.stepIndex === state.run?.stepIndex ? openedFieldOf(opened) : null
}

function textOf(value: FieldValue | undefined): string {
  return typeof value === 'string' ? value : ''
}

export const createEntrySlice: SliceCreator<EntrySlice> = (set, get) => {
  const setField = (field: string, value: FieldValue, source: ActionSource | undefined) => {
    set({ entries: { ...get().entries, [field]: value } })
    get().noteInput(source)
  }
  return {
    entries: {},
    heldItem: null,
    openedField: null,

    typeKey: (key, source) => {
      const active = activeField(get())
      if (active === null || active.format.kind === 'multi-choice') return
      setField(active.field, typeInto(active.format, textOf(get().entries[active.field]), key), source)
    },
    setEntry: (field, value, source) => {
      if (!entriesOpen(get()) || Array.from(value).length > MAX_VALUE_LENGTH) return
      setField(field, value, source)
    },
    toggleOption: (field, option, source) => {
      if (!entriesOpen(get())) return
      const current = get().entries[field]
      const chosen = Array.isArray(current) ? current : []
      if (chosen.includes(option))
        setField(
          field,
          chosen.filter((other) => other !== option),
          source,
        )
      else if (chosen.length < MAX_OPTIONS && Array.from(option).length <= MAX_VALUE_LENGTH) {
        setField(field, [...chosen, option], source)
      }
    },
    submitEntry: (source = 'visitor') => {
      const active = askedField(get())
      if (active === null) {
        // An opened field is the visitor's own, not the task's: sending it (OK on a search box) closes it.
        if (activeField(get()) !== null) {
          set({ openedField: null })
          get().noteInput(source)
        }
        return
      }
      const value = get().entries[active.field] ?? (active.format.kind === 'multi-choice' ? [] : '')
      get().dispatchTask({ type: 'submit', field: active.field, value, entries: get().entries }, source)
    },
    openField: (field, format, source) => {
      const run = get().run
      if (!entriesOpen(get()) || run === null || !FORMATS.has(format)) return
      set({ openedField: { field, format, stepIndex: run.stepIndex } })
      get().noteInput(source)
    },
    closeField: (field) => {
      if (get().openedField?.field === field) set({ openedField: null })
    },
    toggleHeld: (id, source = 'visitor') => {
      const holding = get().heldItem === id
      set({ heldItem: holding ? null : id })
      if (!holding) get().activate(id, source)
    },
    holdToRead: (id) => {
      if (get().heldItem === null) set({ heldItem: id })
    },
    clearEntries: () => set({ entries: {}, heldItem: null, openedField: null }),
  }
}
