import { z } from 'zod'
import { taskSchema } from '../tasks/schema'
import { documentSchema } from '../ui/document/document-schema'
import { pagesSchema } from '../ui/page/page-schema'
import { practiceDataSchema } from './practice-data'

/**
 * The JSON Schema of each errand package file, derived from the zod schemas the app and the server check with,
 * so an editor can check a package as it is written (each file's `$schema` points at its schema). Cross-file
 * rules (a page for every stage, texts in every language) are only in the package checks.
 */
export function errandJsonSchemas(): Record<string, unknown> {
  const schemaOf = (schema: z.ZodType, title: string) => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
    const properties = json.properties as Record<string, unknown> | undefined
    // Each file may name its schema; the app ignores the line.
    if (properties) properties.$schema = { type: 'string' }
    return { ...json, title }
  }
  return {
    'task.schema.json': schemaOf(taskSchema, 'Digidel VR errand: task.json'),
    'pages.schema.json': {
      ...schemaOf(pagesSchema, 'Digidel VR errand: pages.json (one page per stage)'),
      properties: { $schema: { type: 'string' } },
    },
    'practice.schema.json': schemaOf(practiceDataSchema, 'Digidel VR errand: practice.json'),
    'document.schema.json': schemaOf(documentSchema, 'Digidel VR errand: document.json (the paper)'),
  }
}
