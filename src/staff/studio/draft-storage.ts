import { errandFileSchema, type ErrandFile } from '../../errands/errand-file'

/** An errand being written in this browser, kept until it is published (and after, to go on editing). */
export interface Draft {
  /** The draft's own id in this browser. */
  key: string
  file: ErrandFile
  /** When it was last changed, by `Date.now()`. */
  savedAt: number
}

/** The storage key: drafts outlive the tab and the login, in this browser only. */
export const DRAFTS_STORAGE_KEY = 'digidel.studio.drafts'

/** The drafts kept in storage; a draft that no longer reads as an errand file is left out. */
export function readDrafts(storage: Pick<Storage, 'getItem'> | null): Draft[] {
  try {
    const value: unknown = JSON.parse(storage?.getItem(DRAFTS_STORAGE_KEY) ?? '[]')
    if (!Array.isArray(value)) return []
    return value.flatMap((entry: unknown) => {
      if (typeof entry !== 'object' || entry === null) return []
      const { key, file, savedAt } = entry as Record<string, unknown>
      const parsed = errandFileSchema.safeParse(file)
      if (typeof key !== 'string' || typeof savedAt !== 'number' || !parsed.success) return []
      return [{ key, file: parsed.data, savedAt }]
    })
  } catch {
    return []
  }
}

/** Keeps the drafts; false when the browser refused (storage full or off), so the studio can say so. */
export function writeDrafts(storage: Pick<Storage, 'setItem'> | null, drafts: readonly Draft[]): boolean {
  try {
    if (!storage) return false
    storage.setItem(DRAFTS_STORAGE_KEY, JSON.stringify(drafts))
    return true
  } catch {
    return false
  }
}
