import { execSync } from 'node:child_process'

/** Builds the app once, so every end-to-end test runs against the production bundle. */
export default function setup(): void {
  // Vitest sets NODE_ENV=test, which would bundle React's development build.
  execSync('npm run build', {
    stdio: 'inherit',
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, NODE_ENV: 'production' },
  })
}
