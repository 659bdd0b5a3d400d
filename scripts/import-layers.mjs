// The layer order of the app's code, in one place: the lint rule (scripts/eslint-layer-order.mjs) and the import
// graph test (tests/unit/architecture/import-graph.test.ts) both read it. Plain JavaScript, so ESLint can load it.

/**
 * The layers, bottom first. A file may import its own folder and anything in a lower layer. Importing a higher
 * layer runs upwards; importing another folder of the same layer runs sideways (one feature reaching into
 * another). A layer lists folders or single files by their path from the repository root, without extension; the
 * longest matching entry wins.
 * @type {readonly (readonly string[])[]}
 */
export const LAYERS = [
  // Shared vocabularies: visit options, settings, survey ids, the locale list. Depends on nothing of ours.
  ['src/domain'],
  ['src/i18n'],
  ['src/telemetry'],
  ['src/tasks'],
  // Errands as data: the page language and paper schemas, every task and errand package loaded and checked.
  ['src/errands'],
  ['src/stats', 'src/live'],
  ['src/state'],
  ['src/narration', 'src/xr'],
  ['src/ui'],
  // The captions are a panel drawn with the kit: a view of narration that nothing in narration imports.
  ['src/survey', 'src/kiosk', 'src/narration/caption-panel'],
  ['src/station'],
  ['src/app'],
  ['src/staff'],
  ['scenes', 'src/main', 'src/server'],
]

/**
 * Imports allowed against the order, each with its reason; at most three (the goal), checked by the
 * import graph test. Keys are `from -> to`, as paths from the repository root without extension.
 * @type {Readonly<Record<string, string>>}
 */
export const ALLOWED_AGAINST_ORDER = {}

/**
 * Where a file sits: its layer's index and the entry of that layer it falls under.
 * @param {string} file a path from the repository root, with or without extension
 * @returns {{ layer: number, unit: string } | null} null for files outside the layers (tests, scripts, config)
 */
export function placeOf(file) {
  const path = file.replace(/\.(tsx?|mjs|js|json)$/, '')
  let best = null
  LAYERS.forEach((entries, layer) => {
    for (const unit of entries) {
      if ((path === unit || path.startsWith(`${unit}/`)) && (!best || unit.length > best.unit.length)) {
        best = { layer, unit }
      }
    }
  })
  return best
}

/** A text file of locale strings: `…/locales/<locale>.json` or an errand's `…/texts/<locale>.json`. */
const LOCALE_FILE = /\/(locales|texts)\/[\w-]+\.json$/

/**
 * Why an import runs against the layer order, or null when it does not.
 * @param {string} from the importing file, from the repository root
 * @param {string} to the imported file or folder, from the repository root
 * @returns {string | null}
 */
export function layerProblem(from, to) {
  // Locale files are text data that every layer may read (the dictionary merges them, the TextKey type is derived
  // from them): they import nothing, so reading one can make no circle.
  if (LOCALE_FILE.test(to)) return null
  const source = placeOf(from)
  const target = placeOf(to)
  if (!source || !target || source.unit === target.unit) return null
  const key = `${from.replace(/\.(tsx?|mjs|js)$/, '')} -> ${to.replace(/\.(tsx?|mjs|js)$/, '')}`
  if (key in ALLOWED_AGAINST_ORDER) return null
  if (target.layer > source.layer) return `${source.unit} may not import ${target.unit}, a higher layer`
  if (target.layer === source.layer)
    return `${source.unit} may not import ${target.unit}, a sibling in its layer`
  return null
}
