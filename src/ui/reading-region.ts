/**
 * How a screen is shared between the work and held reading material (a bill, a letter): one definition for the
 * screen camera, which frames the work in the rest, and for the reading view drawn over the part kept for it.
 */

/**
 * The band along the top kept clear, in CSS pixels: the screen's buttons (Help at the end, Staff at the start;
 * 0.8rem from the edge, 2.75rem tall, larger with the largest text) lie over the 3D view there, and a tap meant
 * for a target must never land on them.
 */
export const TOP_BAND_PX = 58
/** Free space kept around the framed work, in CSS pixels. */
export const MARGIN_PX = 14
/** Share of the screen kept for held reading material: beside the work in landscape, above it in portrait. */
export const READING_SHARE = 0.42
/** Above the work on an upright screen, where the work needs the height more. */
export const READING_SHARE_UPRIGHT = 0.36
/** A paper held while the step does not need it keeps only a corner of the screen. */
export const HELD_ASIDE_SHARE = 0.2

/** The share of the screen kept for a held paper: none, aside, or for reading beside or above the work. */
export function readingShare(held: boolean, needed: boolean, landscape: boolean): number {
  if (!held) return 0
  if (!needed) return HELD_ASIDE_SHARE
  return landscape ? READING_SHARE : READING_SHARE_UPRIGHT
}
