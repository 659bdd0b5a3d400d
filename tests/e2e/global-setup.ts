import { execSync } from 'node:child_process'
import { launchSharedBrowser, SHARED_CHROMIUM_ENV } from './support/browser'

/**
 * Builds the app once, so every end-to-end test runs against the production bundle, and starts the one Chromium
 * every test file connects to (each file still starts its own server, on a fresh database). Returns the teardown.
 */
export default async function setup(): Promise<() => Promise<void>> {
  // Vitest sets NODE_ENV=test, which would bundle React's development build.
  execSync('npm run build', {
    stdio: 'inherit',
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, NODE_ENV: 'production' },
  })
  const chromium = await launchSharedBrowser()
  // Test files run in workers started after this, which inherit the environment.
  process.env[SHARED_CHROMIUM_ENV] = chromium.wsEndpoint()
  return async () => {
    delete process.env[SHARED_CHROMIUM_ENV]
    await chromium.close()
  }
}
