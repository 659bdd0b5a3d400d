import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  resolve: { dedupe: ['three', '@react-three/fiber', 'react', 'react-dom'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['**/*.pg.test.ts'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // The server suite again, on a real PostgreSQL server at TEST_DATABASE_URL (npm test sets it), plus the
        // tests that need one (*.pg.test.ts: many servers writing one database).
        extends: true,
        test: {
          name: 'server-pg',
          include: [
            'tests/unit/server/**/*.test.ts',
            'tests/unit/telemetry/queue.real-server.test.ts',
            'tests/unit/**/*.pg.test.ts',
          ],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts', 'tests/support/require-postgres.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // The tests compare what the page shows with the texts, in every language.
          setupFiles: ['tests/support/all-texts.ts'],
          testTimeout: 420_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
