import { useMemo } from 'react'
import { useTranslate } from '../../state/use-translate'
import { activeField } from '../../state/entry-slice'
import { selectStage, selectStep } from '../../state/selectors'
import { useApp, useAppStoreApi } from '../../state/store-context'
import type { AppState } from '../../state/app-store'
import { translate } from '../../i18n/translate'
import type { ErrandPackage } from '../../errands/check-errand'
import type { TaskDefinition } from '../../tasks/schema'
import { READ_ONLY_ACTIONS, type PageActions, type PageEnv } from './page-env'
import type { PagesSpec } from '../../errands/page-schema'

const NOTHING: Readonly<Record<string, never>> = {}

/** The app store's actions, as a page presses them: the visitor's own input. */
function useStoreActions(): PageActions {
  const store = useAppStoreApi()
  return useMemo(
    () => ({
      activate: (id) => store.getState().activate(id),
      submit: () => store.getState().submitEntry(),
      back: () => store.getState().previousStep(),
      setEntry: (field, value) => store.getState().setEntry(field, value),
      toggleOption: (field, option) => store.getState().toggleOption(field, option),
      noteInput: () => store.getState().noteInput(),
    }),
    [store],
  )
}

/** A page's environment from the app store: the running task at its stage, in the visitor's language. */
export function useStorePageEnv(
  task: TaskDefinition,
  pages: PagesSpec,
  practice: Readonly<Record<string, string>>,
  fallbackStage: string,
): PageEnv {
  const t = useTranslate()
  const locale = useApp((state) => state.locale)
  const stage = useApp(selectStage) ?? fallbackStage
  const step = useApp(selectStep)
  const completed = useApp((state) => state.run?.status === 'completed')
  const feedbackKey = useApp((state) => state.run?.feedback?.textKey ?? null)
  const entries = useApp((state) => state.entries)
  const values = useApp((state) => state.run?.values ?? NOTHING)
  const open = useApp((state) => activeField(state)?.field ?? null)
  const sessionId = useApp((state) => state.sessionId)
  const startedAt = useApp((state) => state.run?.startedAt ?? state.sessionStartedAt)
  const actions = useStoreActions()
  return {
    locale,
    t: t.data,
    task,
    pages,
    stage,
    step,
    completed,
    feedbackKey,
    entries,
    values,
    activeField: open,
    practice,
    sessionId,
    startedAt,
    actions,
  }
}

/**
 * The environment of the running errand's page as the store holds it now, read once (for reading the page aloud),
 * the same as {@link useStorePageEnv} gives the drawn page.
 */
export function pageEnvOf(
  state: AppState,
  errand: ErrandPackage,
  practice: Readonly<Record<string, string>>,
): PageEnv {
  return {
    locale: state.locale,
    t: (key, params) => translate(state.locale, key, params),
    task: errand.task,
    pages: errand.pages,
    stage: selectStage(state) ?? errand.task.steps[0]?.stage ?? '',
    step: selectStep(state),
    completed: state.run?.status === 'completed',
    feedbackKey: state.run?.feedback?.textKey ?? null,
    entries: state.entries,
    values: state.run?.values ?? NOTHING,
    activeField: activeField(state)?.field ?? null,
    practice,
    sessionId: state.sessionId,
    startedAt: state.run?.startedAt ?? state.sessionStartedAt,
    actions: READ_ONLY_ACTIONS,
  }
}
