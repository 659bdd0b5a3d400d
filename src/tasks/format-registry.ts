import { z } from 'zod'
import { isFormatDefinition, type FormatDefinition, type FormatKind } from './format'
import { projectPath } from './glob-path'

/** Every `<id>.format.ts`: the generic ones here and each scene's own. Adding a format needs only its file. */
const formatFiles = import.meta.glob<unknown>(
  ['./formats/*.format.ts', '../../scenes/*/formats/*.format.ts'],
  {
    eager: true,
    import: 'default',
  },
)

/**
 * Collects format files by id. Throws, naming the file, when one exports no format, when a format's id is not
 * its file's name, or when two files define the same id.
 */
export function buildFormatRegistry(
  files: Readonly<Record<string, unknown>>,
): ReadonlyMap<string, FormatDefinition> {
  const formats = new Map<string, FormatDefinition>()
  const owner = new Map<string, string>()
  for (const [path, exported] of Object.entries(files)) {
    const file = projectPath(path)
    const name = /([^/]+)\.format\.ts$/.exec(path)?.[1]
    if (!isFormatDefinition(exported)) throw new Error(`${file}: export default defineFormat({ ... })`)
    if (exported.id !== name) throw new Error(`${file}: format id "${exported.id}" must match the file name`)
    const other = owner.get(exported.id)
    if (other !== undefined)
      throw new Error(`${file}: format "${exported.id}" is already defined in ${other}`)
    owner.set(exported.id, file)
    formats.set(exported.id, exported)
  }
  return formats
}

/** Every value format, by id. */
export const FORMATS = buildFormatRegistry(formatFiles)

/** The format with this id; throws for an id no file defines (task files are checked for that when loaded). */
export function formatById(id: string): FormatDefinition {
  const format = FORMATS.get(id)
  if (format === undefined) throw new Error(`unknown format "${id}"`)
  return format
}

/**
 * A format id in a task file: one that exists and is of a kind the rule can judge. A bad id stops the checks
 * around it, which would otherwise ask the missing format for its mistake codes.
 */
export function formatIdSchema(kinds: readonly FormatKind[]) {
  return z.string().superRefine((id, ctx) => {
    const format = FORMATS.get(id)
    if (format === undefined) {
      const known = [...FORMATS.values()].filter((candidate) => kinds.includes(candidate.kind))
      const ids = known.map((candidate) => candidate.id).sort()
      ctx.addIssue({
        code: 'custom',
        continue: false,
        message: `unknown format "${id}"; known: ${ids.join(', ')}`,
      })
    } else if (!kinds.includes(format.kind)) {
      ctx.addIssue({
        code: 'custom',
        continue: false,
        message: `format "${id}" holds ${format.kind} values; this rule takes ${kinds.join(', ')}`,
      })
    }
  })
}
