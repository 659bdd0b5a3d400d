import Yoga, { type Node } from 'yoga-layout'

/**
 * Layout runs in millimetres: yoga compares sizes with a fixed epsilon and rounds to a grid, both tuned for
 * pixels, so metres would lose precision. A tenth of a millimetre is the grid.
 */
export const UNITS_PER_METRE = 1000

const config = Yoga.Config.create()
config.setPointScaleFactor(10)

/** A new yoga node with the app's configuration. */
export function createYogaNode(): Node {
  return Yoga.Node.create(config)
}

/** Metres to layout units. */
export function toUnits(metres: number): number {
  return metres * UNITS_PER_METRE
}

/** Layout units to metres. */
export function toMetres(units: number): number {
  return units / UNITS_PER_METRE
}

export { Yoga }
