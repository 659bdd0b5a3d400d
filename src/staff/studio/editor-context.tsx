import { createContext, useContext } from 'react'
import type { ErrandFile } from '../../errands/errand-file'

/** The errand being edited, and how to change it. */
export interface EditorState {
  file: ErrandFile
  /** Applies an edit to the file; the draft is kept at once. */
  update: (edit: (file: ErrandFile) => ErrandFile) => void
  /** A built-in errand: shown, never changed. */
  readOnly: boolean
}

const EditorContext = createContext<EditorState | null>(null)

export const EditorProvider = EditorContext.Provider

/** The errand being edited. */
export function useEditor(): EditorState {
  const editor = useContext(EditorContext)
  if (!editor) throw new Error('useEditor must be used inside an <EditorProvider>')
  return editor
}
