/** A line of text (or another smallest part of a page) from the top of the page's content, in CSS pixels. */
export interface LineBox {
  top: number
  bottom: number
}

/**
 * How much of a page to show in a strip at most `room` tall so that it ends below a whole line, never through one:
 * the lowest line bottom within `room` that no other line crosses (two values side by side end together). The
 * whole page when it fits; in a room too small for any, down to the first place it can end whole.
 */
export function wholeLinesHeight(lines: readonly LineBox[], room: number): number {
  if (lines.length === 0) return 0
  const content = Math.max(0, ...lines.map((line) => line.bottom))
  if (content <= room) return content
  const crossed = (y: number) => lines.some((line) => line.top < y - 0.5 && line.bottom > y + 0.5)
  let best = 0
  for (const line of lines) {
    if (line.bottom <= room && line.bottom > best && !crossed(line.bottom)) best = line.bottom
  }
  if (best > 0) return best
  // Too small for any: the first place it can end whole, past the room.
  return Math.min(...lines.filter((line) => !crossed(line.bottom)).map((line) => line.bottom))
}
