import { createContext, useContext } from 'react'
import type { FieldId, PlacedProblems } from './problem-fields'

const NONE: PlacedProblems = new Map()

const ProblemsContext = createContext<PlacedProblems>(NONE)

/** The problems of the errand being edited, placed by field. */
export const ProblemsProvider = ProblemsContext.Provider

/** The problems placed at one field. */
export function useFieldProblems(id: FieldId): readonly string[] {
  return useContext(ProblemsContext).get(id) ?? []
}

/** The messages beside a field, read out as they appear. */
export function FieldProblems({ id, describes }: { id: FieldId; describes?: string }) {
  const problems = useFieldProblems(id)
  if (problems.length === 0) return null
  return (
    <ul className="field-problems" id={describes} role="alert" data-field={id}>
      {problems.map((message, index) => (
        <li key={index}>{message}</li>
      ))}
    </ul>
  )
}
