// Reads V8 heap snapshots (CDP `HeapProfiler.takeHeapSnapshot`) and says what grew between two of one page: the
// objects alive in the later snapshot that were not in the earlier one (node ids are stable within a page), grouped
// by constructor, with the shortest path from a GC root to a few of them, so the owner of a leak can be named.

import type { CDPSession } from 'playwright-core'

/** A parsed snapshot: the flat arrays V8 writes, and the field layout that reads them. */
export interface HeapSnapshot {
  nodes: Uint32Array
  edges: Uint32Array
  strings: string[]
  nodeFieldCount: number
  edgeFieldCount: number
  nodeTypes: string[]
  edgeTypes: string[]
  /** Field offsets. */
  at: { type: number; name: number; id: number; selfSize: number; edgeCount: number }
  edgeAt: { type: number; nameOrIndex: number; toNode: number }
  /** Index of each node's first edge. */
  firstEdge: Uint32Array
}

interface RawSnapshot {
  snapshot: {
    meta: {
      node_fields: string[]
      node_types: [string[], ...unknown[]]
      edge_fields: string[]
      edge_types: [string[], ...unknown[]]
    }
  }
  nodes: number[]
  edges: number[]
  strings: string[]
}

/** Takes a snapshot of the page through its CDP session (after a garbage collection) and parses it. */
export async function takeSnapshot(cdp: CDPSession): Promise<HeapSnapshot> {
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  const chunks: string[] = []
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  return parseSnapshot(chunks.join(''))
}

export function parseSnapshot(text: string): HeapSnapshot {
  const raw = JSON.parse(text) as RawSnapshot
  const { meta } = raw.snapshot
  const field = (fields: string[], name: string) => {
    const index = fields.indexOf(name)
    if (index < 0) throw new Error(`heap snapshot has no ${name} field`)
    return index
  }
  const nodes = Uint32Array.from(raw.nodes)
  const edges = Uint32Array.from(raw.edges)
  const nodeFieldCount = meta.node_fields.length
  const edgeFieldCount = meta.edge_fields.length
  const at = {
    type: field(meta.node_fields, 'type'),
    name: field(meta.node_fields, 'name'),
    id: field(meta.node_fields, 'id'),
    selfSize: field(meta.node_fields, 'self_size'),
    edgeCount: field(meta.node_fields, 'edge_count'),
  }
  const firstEdge = new Uint32Array(nodes.length / nodeFieldCount + 1)
  for (let node = 0, edge = 0; node < nodes.length / nodeFieldCount; node++) {
    firstEdge[node] = edge
    edge += (nodes[node * nodeFieldCount + at.edgeCount] ?? 0) * edgeFieldCount
    firstEdge[node + 1] = edge
  }
  return {
    nodes,
    edges,
    strings: raw.strings,
    nodeFieldCount,
    edgeFieldCount,
    nodeTypes: meta.node_types[0],
    edgeTypes: meta.edge_types[0],
    at,
    edgeAt: {
      type: field(meta.edge_fields, 'type'),
      nameOrIndex: field(meta.edge_fields, 'name_or_index'),
      toNode: field(meta.edge_fields, 'to_node'),
    },
    firstEdge,
  }
}

const get = (array: Uint32Array, index: number) => array[index] ?? 0

/** A node's group: its constructor (objects), or its kind (strings, arrays, code, closures by their name). */
function groupOf(snapshot: HeapSnapshot, node: number): string {
  const base = node * snapshot.nodeFieldCount
  const type = snapshot.nodeTypes[get(snapshot.nodes, base + snapshot.at.type)] ?? '?'
  const name = snapshot.strings[get(snapshot.nodes, base + snapshot.at.name)] ?? ''
  if (type === 'object' || type === 'closure' || type === 'native') return `${type} ${name.slice(0, 60)}`
  return `(${type})`
}

/** One group of new objects. */
export interface GrowthGroup {
  group: string
  count: number
  bytes: number
  /** Paths from a GC root to up to two of them. */
  paths: string[]
}

function ids(snapshot: HeapSnapshot): Set<number> {
  const seen = new Set<number>()
  for (let base = 0; base < snapshot.nodes.length; base += snapshot.nodeFieldCount)
    seen.add(get(snapshot.nodes, base + snapshot.at.id))
  return seen
}

/** Shortest retaining paths, from the (synthetic) root, by a breadth-first walk over strong edges. */
function parents(snapshot: HeapSnapshot): { parent: Int32Array; via: Int32Array } {
  const count = snapshot.nodes.length / snapshot.nodeFieldCount
  const parent = new Int32Array(count).fill(-1)
  const via = new Int32Array(count).fill(-1)
  const weak = snapshot.edgeTypes.indexOf('weak')
  const queue = new Int32Array(count)
  let head = 0
  let tail = 0
  queue[tail++] = 0
  parent[0] = 0
  while (head < tail) {
    const node = queue[head++] ?? 0
    for (
      let edge = get(snapshot.firstEdge, node);
      edge < get(snapshot.firstEdge, node + 1);
      edge += snapshot.edgeFieldCount
    ) {
      if (get(snapshot.edges, edge + snapshot.edgeAt.type) === weak) continue
      const to = get(snapshot.edges, edge + snapshot.edgeAt.toNode) / snapshot.nodeFieldCount
      if (parent[to] !== -1) continue
      parent[to] = node
      via[to] = edge
      queue[tail++] = to
    }
  }
  return { parent, via }
}

function edgeName(snapshot: HeapSnapshot, edge: number): string {
  const type = snapshot.edgeTypes[get(snapshot.edges, edge + snapshot.edgeAt.type)] ?? '?'
  const value = get(snapshot.edges, edge + snapshot.edgeAt.nameOrIndex)
  return type === 'element' || type === 'hidden' ? `[${value}]` : `.${snapshot.strings[value] ?? value}`
}

function pathTo(snapshot: HeapSnapshot, tree: { parent: Int32Array; via: Int32Array }, node: number): string {
  const steps: string[] = []
  for (let at = node; at > 0 && steps.length < 14; at = tree.parent[at] ?? 0) {
    const edge = tree.via[at] ?? -1
    if (edge < 0) return 'unreachable'
    steps.unshift(`${edgeName(snapshot, edge)} (${groupOf(snapshot, at)})`)
  }
  return steps.join(' ')
}

/**
 * The objects of `later` that `earlier` did not have, grouped and sorted by bytes, largest first (at most `limit`
 * groups), with two retaining paths for each.
 */
export function growthBetween(earlier: HeapSnapshot, later: HeapSnapshot, limit = 25): GrowthGroup[] {
  const before = ids(earlier)
  const groups = new Map<string, { count: number; bytes: number; samples: number[] }>()
  const { nodes, nodeFieldCount, at } = later
  for (let node = 0; node < nodes.length / nodeFieldCount; node++) {
    const base = node * nodeFieldCount
    if (before.has(get(nodes, base + at.id))) continue
    const type = later.nodeTypes[get(nodes, base + at.type)]
    if (type === 'synthetic' || type === 'hidden') continue
    const group = groupOf(later, node)
    const entry = groups.get(group) ?? { count: 0, bytes: 0, samples: [] }
    entry.count++
    entry.bytes += get(nodes, base + at.selfSize)
    if (entry.samples.length < 2) entry.samples.push(node)
    else if (entry.count % 97 === 0) entry.samples[1] = node
    groups.set(group, entry)
  }
  const tree = parents(later)
  return [...groups]
    .sort(([, a], [, b]) => b.bytes - a.bytes)
    .slice(0, limit)
    .map(([group, { count, bytes, samples }]) => ({
      group,
      count,
      bytes,
      paths: samples.map((node) => pathTo(later, tree, node)),
    }))
}
