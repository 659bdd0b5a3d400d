type Vec3 = readonly [number, number, number]

/**
 * Where things stand in the practice room, in metres. Everything to use is within a seated visitor's reach and
 * in front of them, except the lamp, which is found by looking around.
 */
export const ROOM = {
  tableTop: 0.72,
  table: { center: [-0.12, -0.55], size: [0.9, 0.6] },
  book: { rest: [-0.28, -0.48], size: [0.17, 0.24, 0.035] },
  cart: { center: [0.58, -0.55], size: [0.46, 0.4], height: 0.72 },
  lamp: [1.45, 1.35, -0.35] as Vec3,
  pressBoard: [0.05, 1.22, -0.95] as Vec3,
  wordBoard: [-0.12, 0.76, -0.62] as Vec3,
} as const
