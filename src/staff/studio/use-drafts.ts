import { useCallback, useRef, useState } from 'react'
import type { ErrandFile } from '../../errands/errand-file'
import { readDrafts, writeDrafts, type Draft } from './draft-storage'

/** Where drafts are kept; null where the browser refuses storage (drafts then last until the page closes). */
function draftStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** The drafts in this browser, kept on every change so a reload loses nothing. */
export function useDrafts() {
  const [storage] = useState(draftStorage)
  const [drafts, setDrafts] = useState<Draft[]>(() => readDrafts(storage))
  // The latest list, so edits that follow each other within one render build on each other.
  const latest = useRef(drafts)
  const [kept, setKept] = useState(true)
  const commit = useCallback(
    (next: Draft[]) => {
      latest.current = next
      setDrafts(next)
      setKept(writeDrafts(storage, next))
    },
    [storage],
  )
  const add = useCallback(
    (file: ErrandFile): Draft => {
      const draft: Draft = { key: crypto.randomUUID(), file, savedAt: Date.now() }
      commit([draft, ...latest.current])
      return draft
    },
    [commit],
  )
  const change = useCallback(
    (key: string, edit: (file: ErrandFile) => ErrandFile) =>
      commit(
        latest.current.map((draft) =>
          draft.key === key ? { ...draft, file: edit(draft.file), savedAt: Date.now() } : draft,
        ),
      ),
    [commit],
  )
  const remove = useCallback(
    (key: string) => commit(latest.current.filter((draft) => draft.key !== key)),
    [commit],
  )
  return { drafts, kept, add, change, remove }
}
