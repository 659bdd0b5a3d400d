import { createContext, useContext } from 'react'
import type { Locale } from '../../domain/locales'
import type { TextParams } from '../../i18n/translate'
import type { FieldValue } from '../../tasks/field-value'
import type { StepDefinition, TaskDefinition } from '../../tasks/schema'
import type { PagesSpec } from '../../errands/page-schema'

/** What a page can do: every press goes to the task through these, the one path for every input. */
export interface PageActions {
  /** A press on a control the task may be waiting for. */
  activate: (id: string) => void
  /** Sends the field the step asks for. */
  submit: () => void
  /** Back to the step before (a "Change day" on the times page). */
  back: () => void
  setEntry: (field: string, value: string) => void
  toggleOption: (field: string, option: string) => void
  /** Any input that is not an answer (a month turned, a dialog opened): it keeps hints from coming too soon. */
  noteInput: () => void
}

/** A page's actions where nothing can be pressed: a page read aloud, or drawn as a preview in the console. */
export const READ_ONLY_ACTIONS: PageActions = {
  activate: () => undefined,
  submit: () => undefined,
  back: () => undefined,
  setEntry: () => undefined,
  toggleOption: () => undefined,
  noteInput: () => undefined,
}

/**
 * Everything a page is drawn from. The app fills it from its store; a test or the console's preview fills it
 * from plain data, so a page can be drawn without the app.
 */
export interface PageEnv {
  locale: Locale
  t: (key: string, params?: TextParams) => string
  task: TaskDefinition
  pages: PagesSpec
  /** The stage shown, and the step now (whose rule gives a choice its options, a calendar its limits). */
  stage: string
  step: StepDefinition | undefined
  completed: boolean
  /** The text key of the step's last mistake, if any. */
  feedbackKey: string | null
  /** What the visitor has entered but not sent, and what the task has accepted. */
  entries: Readonly<Record<string, FieldValue>>
  values: Readonly<Record<string, FieldValue>>
  /** The field the step asks for now, if any. */
  activeField: string | null
  /** The errand's practice data as display strings, by name. */
  practice: Readonly<Record<string, string>>
  sessionId: string
  /** When the task started: dates and references count from it. */
  startedAt: number
  actions: PageActions
}

const PageEnvContext = createContext<PageEnv | null>(null)

/** Provides a page's environment to its blocks. */
export const PageEnvProvider = PageEnvContext.Provider

/** The environment of the page being drawn. */
export function usePageEnv(): PageEnv {
  const env = useContext(PageEnvContext)
  if (!env) throw new Error('usePageEnv must be used inside a <PageEnvProvider>')
  return env
}
