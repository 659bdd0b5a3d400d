import { describe, expect, it } from 'vitest'
import { growthBetween, parseSnapshot } from '../../../../bench/soak/heap-snapshot'

/** A snapshot in V8's layout: nodes [type, name, id, self_size, edge_count], edges [type, name, to_node]. */
function snapshot(
  nodes: { type: string; name: string; id: number; size: number; edges: { name: string; to: number }[] }[],
): string {
  const nodeTypes = ['hidden', 'object', 'closure', 'string', 'synthetic']
  const edgeTypes = ['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak']
  const strings: string[] = []
  const string = (text: string) => {
    const at = strings.indexOf(text)
    return at >= 0 ? at : strings.push(text) - 1
  }
  return JSON.stringify({
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
        node_types: [nodeTypes],
        edge_fields: ['type', 'name_or_index', 'to_node'],
        edge_types: [edgeTypes],
      },
    },
    nodes: nodes.flatMap((node) => [
      nodeTypes.indexOf(node.type),
      string(node.name),
      node.id,
      node.size,
      node.edges.length,
    ]),
    edges: nodes.flatMap((node) => node.edges.flatMap((edge) => [2, string(edge.name), edge.to * 5])),
    strings,
  })
}

const root = (edges: { name: string; to: number }[]) => ({
  type: 'synthetic',
  name: '(root)',
  id: 1,
  size: 0,
  edges,
})

describe('growthBetween', () => {
  it('lists the objects alive later and not before, by constructor, with the path that keeps them', () => {
    const before = parseSnapshot(
      snapshot([
        root([{ name: 'window', to: 1 }]),
        { type: 'object', name: 'Window', id: 3, size: 10, edges: [{ name: 'log', to: 2 }] },
        { type: 'object', name: 'Array', id: 5, size: 16, edges: [] },
      ]),
    )
    const after = parseSnapshot(
      snapshot([
        root([{ name: 'window', to: 1 }]),
        { type: 'object', name: 'Window', id: 3, size: 10, edges: [{ name: 'log', to: 2 }] },
        {
          type: 'object',
          name: 'Array',
          id: 5,
          size: 16,
          edges: [
            { name: 'a', to: 3 },
            { name: 'b', to: 4 },
          ],
        },
        { type: 'object', name: 'Visit', id: 7, size: 40, edges: [] },
        { type: 'object', name: 'Visit', id: 9, size: 40, edges: [] },
      ]),
    )
    const [visits, ...rest] = growthBetween(before, after)
    expect(rest).toEqual([])
    expect(visits).toMatchObject({ group: 'object Visit', count: 2, bytes: 80 })
    expect(visits?.paths[0]).toBe('.window (object Window) .log (object Array) .a (object Visit)')
  })
})
