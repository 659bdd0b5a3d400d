import { execSync } from 'node:child_process'

/** Builds the app once, so every end-to-end test runs against the production bundle. */
export default function setup(): void {
  execSync('npm run build', { stdio: 'inherit', cwd: new URL('../..', import.meta.url).pathname })
}
