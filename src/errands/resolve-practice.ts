import { isPracticeRef, type PackageError, type PracticeData } from './practice-data'

/**
 * A package file with every `{ "$practice": name }` replaced by the practice value it names, as a task expects
 * it typed: the bill's OCR number is written once, in `practice.json`, and the task's rule reads it from there.
 * A name the data lacks, or a date relative to the visit, is an error at its path.
 */
export function withPracticeValues(
  data: unknown,
  practice: PracticeData,
  errors: PackageError[],
  path: (string | number)[] = [],
): unknown {
  if (isPracticeRef(data)) {
    const entry = practice.values[data.$practice]
    if (entry !== undefined && 'value' in entry) return entry.value
    errors.push({
      path,
      message:
        entry === undefined
          ? `no practice value "${data.$practice}" in practice.json`
          : `practice value "${data.$practice}" is a date relative to the visit, not a value to expect`,
    })
    return data
  }
  if (Array.isArray(data))
    return data.map((item, index) => withPracticeValues(item, practice, errors, [...path, index]))
  if (typeof data === 'object' && data !== null) {
    return Object.fromEntries(
      Object.entries(data).map(([key, value]) => [
        key,
        withPracticeValues(value, practice, errors, [...path, key]),
      ]),
    )
  }
  return data
}
