/** How a visitor stands: chosen in the lobby, it sets the height of everything within reach. */
export const POSTURES = ['seated', 'standing'] as const
export type Posture = (typeof POSTURES)[number]

/** How a visitor takes part: in a headset or on a screen. */
export const MODES = ['vr', 'desktop'] as const
export type Mode = (typeof MODES)[number]
