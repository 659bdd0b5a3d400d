import js from '@eslint/js'
import reactThree from '@react-three/eslint-plugin'
import reactHooks from 'eslint-plugin-react-hooks'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import layers from './scripts/eslint-layer-order.mjs'

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'public', 'data', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scenes/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@react-three': reactThree },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...reactThree.configs.recommended.rules,
      // React Three Fiber works by mutating three.js objects (cameras, materials) and plain per-frame
      // objects from effects and useFrame, outside React state; this compiler rule forbids exactly that.
      'react-hooks/immutability': 'off',
    },
  },
  {
    // Layers point one way (scripts/import-layers.mjs), and no module imports itself through others. no-cycle
    // follows value imports; tests/unit/architecture/import-graph.test.ts also follows type-only ones.
    files: ['src/**/*.{ts,tsx}', 'scenes/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, layers },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      // no-cycle reads the files an import names; without these it cannot parse TypeScript and sees no imports.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'layers/order': 'error',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // Leaving a property out of a copy (`const { a, ...rest } = b`) is how an object is copied without it.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Tests may assert on shapes loosely and use the automation interface directly.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
