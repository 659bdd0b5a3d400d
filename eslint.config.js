import js from '@eslint/js'
import reactThree from '@react-three/eslint-plugin'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

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
