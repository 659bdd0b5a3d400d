// A lint rule that fails on an import against the layer order in scripts/import-layers.mjs.
import path from 'node:path'
import { layerProblem } from './import-layers.mjs'

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

/** @param {string} file an absolute path */
const fromRoot = (file) => path.relative(ROOT, file).split(path.sep).join('/')

/** @type {import('eslint').Rule.RuleModule} */
const layerOrder = {
  meta: {
    type: 'problem',
    docs: { description: 'imports point down the layers of scripts/import-layers.mjs, never up or sideways' },
    schema: [],
  },
  create(context) {
    const file = fromRoot(context.filename)
    /** @param {import('estree').Node & { source?: import('estree').Node | null }} node */
    const check = (node) => {
      const source = node.source
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return
      if (!source.value.startsWith('.')) return
      const target = fromRoot(path.resolve(path.dirname(context.filename), source.value))
      const problem = layerProblem(file, target)
      if (problem) context.report({ node: source, message: `Against the layer order: ${problem}.` })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}

/** The plugin holding the rule, as `layers/order`. */
export default { rules: { order: layerOrder } }
