import { useMemo } from 'react'
import { selectStage } from '../state/selectors'
import { useApp } from '../state/store-context'
import type { PageEnv } from '../ui/page/page-env'
import type { PageSpec } from '../ui/page/page-schema'
import { useStorePageEnv } from '../ui/page/use-store-page-env'
import type { ErrandPackage } from './check-errand'
import { errandOf } from './errand-registry'
import { practiceValues } from './practice-data'

/** The running task's errand package, if it is one. */
export function useErrand(): ErrandPackage | undefined {
  const taskId = useApp((state) => state.taskId)
  return errandOf(taskId)
}

/** The page the running errand shows now: its stage's, or its first step's before the task starts. */
export function useErrandPage(): PageSpec | undefined {
  const errand = useErrand()
  const stage = useApp(selectStage) ?? errand?.task.steps[0]?.stage
  return errand && stage !== undefined ? errand.pages[stage] : undefined
}

/** The running errand's practice data as display strings, in the visitor's language. */
export function usePracticeValues(errand: ErrandPackage): Readonly<Record<string, string>> {
  const locale = useApp((state) => state.locale)
  const startedAt = useApp((state) => state.run?.startedAt ?? state.sessionStartedAt)
  return useMemo(() => practiceValues(errand.practice, locale, startedAt), [errand, locale, startedAt])
}

/** The environment the running errand's pages are drawn in, from the app's store. */
export function useErrandPageEnv(errand: ErrandPackage): PageEnv {
  const practice = usePracticeValues(errand)
  return useStorePageEnv(errand.task, errand.pages, practice, errand.task.steps[0]?.stage ?? '')
}
