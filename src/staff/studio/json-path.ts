/** A path into JSON data: keys and indexes from the root. */
export type JsonPath = readonly (string | number)[]

/** The value at a path, or undefined where the path leads nowhere. */
export function getAt(data: unknown, path: JsonPath): unknown {
  let here = data
  for (const part of path) {
    if (typeof here !== 'object' || here === null) return undefined
    here = (here as Record<string | number, unknown>)[part]
  }
  return here
}

/**
 * A copy of the data with the value at the path replaced (undefined removes an object's key), copying only the
 * objects and arrays along the path; missing parents are created as objects, or arrays before an index.
 */
export function setAt<T>(data: T, path: JsonPath, value: unknown): T {
  return setIn(data, path, value) as T
}

function setIn(data: unknown, path: JsonPath, value: unknown): unknown {
  const [head, ...rest] = path
  if (head === undefined) return value
  if (typeof head === 'number') {
    const copy = Array.isArray(data) ? [...(data as unknown[])] : []
    copy[head] = setIn(copy[head], rest, value)
    return copy
  }
  const copy: Record<string, unknown> =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? { ...(data as Record<string, unknown>) }
      : {}
  const next = setIn(copy[head], rest, value)
  if (next === undefined) delete copy[head]
  else copy[head] = next
  return copy
}
