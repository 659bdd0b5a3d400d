import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errandJsonSchemas } from '../../../src/errands/json-schemas'

const FOLDER = join(import.meta.dirname, '../../../src/errands/schema')

describe('the errand JSON Schemas beside the zod schemas', () => {
  it('are the ones the zod schemas give (npm run schemas writes them anew)', () => {
    const schemas = errandJsonSchemas()
    if (process.env.WRITE_SCHEMAS === '1') {
      mkdirSync(FOLDER, { recursive: true })
      for (const [file, schema] of Object.entries(schemas)) {
        writeFileSync(join(FOLDER, file), `${JSON.stringify(schema, null, 2)}\n`)
      }
    }
    for (const [file, schema] of Object.entries(schemas)) {
      const path = join(FOLDER, file)
      expect(existsSync(path), `${file} is missing: run npm run schemas`).toBe(true)
      expect(JSON.parse(readFileSync(path, 'utf8')), `${file} is out of date: run npm run schemas`).toEqual(
        schema,
      )
    }
  })
})
