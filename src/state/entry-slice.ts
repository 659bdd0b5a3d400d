import type { FieldValue } from '../tasks/field-value'
import { MAX_OPTIONS, MAX_VALUE_LENGTH } from '../tasks/field-value'
import { FORMATS, formatById } from '../tasks/format-registry'
import { fieldOf, type ActiveField } from '../tasks/rule-registry'
import { typeInto } from '../tasks/typing'
import type { ActionSource, AppState, SliceCreator, EntrySlice, OpenedField } from './slice-types'
import { selectStep } from './selectors'

export type { EntrySlice, OpenedField } from './slice-types'

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
