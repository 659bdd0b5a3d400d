import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../../..')
/** Props whose string is shown or read out to people: they must come from the locale files. */
const VISIBLE_PROPS = new Set([
  'label',
  'name',
  'title',
  'placeholder',
  'alt',
  'aria-label',
  'aria-description',
])
/** A letter of any script: text made of digits, punctuation and symbols alone is not language. */
const LETTER = /\p{L}/u

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return path.endsWith('.tsx') ? [path] : []
  })
}

/** Literal text that would reach the screen (or a screen reader) without going through translate(). */
function hardCodedTexts(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart())
    found.push(`${relative(ROOT, path)}:${line + 1}: ${JSON.stringify(text.trim())}`)
  }
  const literalText = (node: ts.Node): string | null => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
    // A template's fixed parts are text too: `${title} · step` hard-codes " · step".
    if (ts.isTemplateExpression(node))
      return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
    return null
  }
  const isVisibleProp = (attribute: ts.JsxAttribute) => {
    const prop = attribute.name.getText(source)
    const tag = attribute.parent.parent.tagName.getText(source)
    // An element's `name` (a three.js object's, a form field's) is never shown; a component's `name` is read out.
    if (prop === 'name' && /^[a-z]/.test(tag)) return false
    return VISIBLE_PROPS.has(prop)
  }
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, node.text)
    if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      const text = literalText(node.expression)
      if (text !== null && LETTER.test(text)) report(node, text)
    }
    if (ts.isJsxAttribute(node) && isVisibleProp(node) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer
      const text = value ? literalText(value) : null
      if (text !== null && LETTER.test(text)) report(node, text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('visible text', () => {
  it('is never hard-coded in a component: every word comes from the locale files', () => {
    const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'scenes'))]
    expect(files.length).toBeGreaterThan(20)
    expect(files.flatMap(hardCodedTexts)).toEqual([])
  })

  it('is found by this check when it is hard-coded (the check itself works)', () => {
    const probe = join(ROOT, 'tests/fixtures/hard-coded-text.tsx')
    expect(hardCodedTexts(probe).map((line) => line.replace(/^.*?: /, ''))).toEqual([
      '"Pay now"',
      '"Close the bill"',
      '"· done"',
      '"Betala"',
    ])
  })
})
