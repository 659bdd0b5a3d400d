import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { againstOrder, circlesOf, importGraph } from '../../../scripts/import-graph.mjs'
import { ALLOWED_AGAINST_ORDER, layerProblem } from '../../../scripts/import-layers.mjs'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

describe('the import graph of src/ and scenes/', () => {
  const graph = importGraph(ROOT)

  it('reads the whole tree', () => {
    expect(graph.size).toBeGreaterThan(200)
    expect(graph.get('src/state/app-store.ts')).toContain('src/state/session-slice.ts')
  })

  it('has no circle, type-only imports included', () => {
    expect(circlesOf(graph)).toEqual([])
  })

  it('has no import against the layer order beyond the few allowed, each with its reason', () => {
    expect(againstOrder(graph)).toEqual([])
    expect(Object.keys(ALLOWED_AGAINST_ORDER).length).toBeLessThanOrEqual(3)
  })
})

describe('finding circles and imports against the order', () => {
  it('finds a circle through several files, and a file importing itself', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d']],
      ['e', ['a']],
    ])
    expect(circlesOf(graph)).toEqual([['a', 'b', 'c'], ['d']])
  })

  it('tells an import upwards and one sideways from one downwards', () => {
    expect(layerProblem('src/i18n/translate.ts', 'src/state/store-context.tsx')).toMatch(/higher layer/)
    expect(layerProblem('src/stats/funnel.ts', 'src/live/protocol.ts')).toMatch(/sibling/)
    expect(layerProblem('src/state/app-store.ts', 'src/tasks/schema.ts')).toBeNull()
    expect(layerProblem('src/ui/kit/text.tsx', 'src/ui/layout/layout-node.ts')).toBeNull()
  })

  it('lets any layer read the locale files, which are data that import nothing (TextKey is derived from them)', () => {
    expect(layerProblem('src/i18n/text-key.ts', 'scenes/bank/locales/sv.json')).toBeNull()
    expect(
      layerProblem('src/i18n/text-key.ts', 'scenes/e-service/errands/book-visit/texts/sv.json'),
    ).toBeNull()
    expect(layerProblem('src/i18n/text-key.ts', 'src/staff/locales/sv.json')).toBeNull()
    // Other JSON is held to the order like code.
    expect(layerProblem('src/i18n/text-key.ts', 'scenes/bank/errands/pay-bill/task.json')).toMatch(
      /higher layer/,
    )
  })
})
