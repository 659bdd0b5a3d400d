import { useMemo } from 'react'
import { documentOf, practiceOf } from '../../errands/documents'
import { practiceValues } from '../../errands/practice-data'
import { useApp } from '../../state/store-context'
import { resolveDocument, type ResolvedDocument } from './resolve-document'

/**
 * The paper of the errand the visitor is doing, in their language with its practice values filled in; of
 * `fallbackTaskId` while no task runs (a scene's paper lies on the desk before the task starts). Null where the
 * errand brings no paper.
 */
export function useErrandDocument(fallbackTaskId?: string): ResolvedDocument | null {
  const taskId = useApp((state) => state.taskId) ?? fallbackTaskId ?? null
  const locale = useApp((state) => state.locale)
  const startedAt = useApp((state) => state.sessionStartedAt)
  return useMemo(() => {
    const doc = taskId === null ? null : documentOf(taskId)
    if (taskId === null || doc === null) return null
    return resolveDocument(doc, locale, practiceValues(practiceOf(taskId), locale, startedAt))
  }, [taskId, locale, startedAt])
}
