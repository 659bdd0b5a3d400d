/** The parts of a version 3 source map that say which source each byte of the generated code came from. */
export interface SourceMapV3 {
  sources: string[]
  mappings: string
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** One segment of a mappings line as its Base64 VLQ fields (relative values, as the format stores them). */
function decodeSegment(segment: string): number[] {
  const fields: number[] = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = BASE64.indexOf(char)
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
    } else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return fields
}

/**
 * How many characters of the generated code each source produced: a segment runs from its column to the next
 * segment's (or the line's end) and belongs to its source; code before a line's first segment to no source.
 */
export function bytesPerSource(code: string, map: SourceMapV3): Map<string, number> {
  const lines = code.split('\n')
  const totals = new Map<string, number>()
  let source = 0
  map.mappings.split(';').forEach((line, lineIndex) => {
    const segments = line.split(',').filter(Boolean).map(decodeSegment)
    const length = lines[lineIndex]?.length ?? 0
    let column = 0
    segments.forEach((fields, index) => {
      column += fields[0] ?? 0
      // Source indexes are relative across the whole map, lines included.
      if (fields.length > 1) source += fields[1] ?? 0
      const next = segments[index + 1]
      const end = next ? column + (next[0] ?? 0) : length
      const name = map.sources[source] ?? '?'
      if (fields.length > 1) totals.set(name, (totals.get(name) ?? 0) + Math.max(0, end - column))
    })
  })
  return totals
}
