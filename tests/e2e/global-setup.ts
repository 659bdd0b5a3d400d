import { execSync } from 'node:child_process'
import { launchSharedChromium, SHARED_CHROMIUM_ENV } from './support/browser'

/**
 * Builds the app once, so every end-to-end test runs against the production bundle, and starts the one Chromium
 * the test files share. The files run one after another (`fileParallelism: false`), each in its own contexts.
 */
export default async function setup(): Promise<() => Promise<void>> {
  // Vitest sets NODE_ENV=test, which would bundle React's development build.
  execSync('npm run build', {
    stdio: 'inherit',
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, NODE_ENV: 'production' },
  })
  const chromium = await launchSharedChromium()
  // The test files run in child processes, which inherit this environment.
  process.env[SHARED_CHROMIUM_ENV] = chromium.wsEndpoint()
  return async () => {
    delete process.env[SHARED_CHROMIUM_ENV]
    await chromium.close()
  }
}
