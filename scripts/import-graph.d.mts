/** The import graph of src/ and scenes/: each file and the files it imports, as paths from the root. */
export function importGraph(root: string): Map<string, string[]>
/** Groups of files that import each other, directly or through others. */
export function circlesOf(graph: Map<string, string[]>): string[][]
/** Every import against the layer order, as `from -> to: why`. */
export function againstOrder(graph: Map<string, string[]>): string[]
