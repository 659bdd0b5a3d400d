// The import graph of src/ and scenes/, type-only imports included: its circles and its imports against the layer
// order. `node scripts/import-graph.mjs [root]` prints both (for a before-and-after count); the import graph test
// asserts there are none.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { layerProblem } from './import-layers.mjs'

const SOURCE = /\.(tsx?|mjs)$/
// Static imports and re-exports (`import … from`, `export … from`, bare `import '…'`) and dynamic `import('…')`.
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"](\.[^'"]+)['"]|import\s*\(\s*['"](\.[^'"]+)['"]\s*\)|^import\s+['"](\.[^'"]+)['"]/gm

/** Every source file under the folders, as paths from `root`. */
function sourceFiles(root, folders) {
  return folders.flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts'))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')),
  )
}

/**
 * The graph: each file of src/ and scenes/ and the files it imports (relative imports that name a file here).
 * @param {string} root the repository root
 * @returns {Map<string, string[]>}
 */
export function importGraph(root) {
  const files = sourceFiles(root, ['src', 'scenes'])
  const known = new Set(files)
  const resolve = (from, spec) => {
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec))
    return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((c) =>
      known.has(c),
    )
  }
  const graph = new Map()
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8')
    const targets = new Set()
    for (const match of text.matchAll(IMPORT)) {
      const target = resolve(file, match[1] ?? match[2] ?? match[3])
      if (target) targets.add(target)
    }
    graph.set(file, [...targets])
  }
  return graph
}

/**
 * The circles: groups of files that import each other, directly or through others (strongly connected parts of
 * the graph with more than one file, or a file that imports itself).
 * @param {Map<string, string[]>} graph
 * @returns {string[][]}
 */
export function circlesOf(graph) {
  // Tarjan's algorithm, iterative so a deep chain of imports cannot overflow the stack.
  let next = 0
  const index = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const circles = []
  for (const start of graph.keys()) {
    if (index.has(start)) continue
    const work = [[start, 0]]
    index.set(start, next)
    low.set(start, next++)
    stack.push(start)
    onStack.add(start)
    while (work.length > 0) {
      const frame = work[work.length - 1]
      const [node, at] = frame
      const targets = graph.get(node) ?? []
      if (at < targets.length) {
        frame[1]++
        const target = targets[at]
        if (!index.has(target)) {
          index.set(target, next)
          low.set(target, next++)
          stack.push(target)
          onStack.add(target)
          work.push([target, 0])
        } else if (onStack.has(target)) {
          low.set(node, Math.min(low.get(node), index.get(target)))
        }
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low.set(parent[0], Math.min(low.get(parent[0]), low.get(node)))
      if (low.get(node) !== index.get(node)) continue
      const part = []
      let member
      do {
        member = stack.pop()
        onStack.delete(member)
        part.push(member)
      } while (member !== node)
      if (part.length > 1 || targets.includes(node)) circles.push(part.sort())
    }
  }
  return circles
}

/**
 * Every import against the layer order, as `from -> to: why`.
 * @param {Map<string, string[]>} graph
 * @returns {string[]}
 */
export function againstOrder(graph) {
  const found = []
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const problem = layerProblem(from, to)
      if (problem) found.push(`${from} -> ${to}: ${problem}`)
    }
  }
  return found
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const graph = importGraph(path.resolve(process.argv[2] ?? '.'))
  const circles = circlesOf(graph)
  const against = againstOrder(graph)
  console.log(`${circles.length} circles`)
  for (const circle of circles) console.log(`  ${circle.join(' ↔ ')}`)
  console.log(`${against.length} imports against the layer order`)
  for (const line of against) console.log(`  ${line}`)
}
