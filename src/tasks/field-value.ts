/** What a field holds: text for typed, date and single-choice fields; the chosen options, in order, for multi-choice. */
export type FieldValue = string | readonly string[]

/** The longest value any field takes, in characters, so it fits the live link to the staff console. */
export const MAX_VALUE_LENGTH = 32

/** The most options a multi-choice field holds. */
export const MAX_OPTIONS = 16
