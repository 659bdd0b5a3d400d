/** The layers, bottom first: folders or single files by their path from the repository root. */
export const LAYERS: readonly (readonly string[])[]
/** Imports allowed against the order (`from -> to`), each with its reason. */
export const ALLOWED_AGAINST_ORDER: Readonly<Record<string, string>>
/** Where a file sits: its layer's index and the entry of that layer it falls under. */
export function placeOf(file: string): { layer: number; unit: string } | null
/** Why an import runs against the layer order, or null when it does not. */
export function layerProblem(from: string, to: string): string | null
