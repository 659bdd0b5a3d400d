// Copies the controller and hand profiles the app may meet from the npm package into public/,
// so @react-three/xr never fetches them from a CDN.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const PROFILES = [
  'meta-quest-touch-plus',
  'meta-quest-touch-pro',
  'oculus-touch-v2',
  'oculus-touch-v3',
  'pico-4',
  'generic-trigger',
  'generic-trigger-squeeze-thumbstick',
  'generic-hand',
]

const require = createRequire(import.meta.url)
const source = join(dirname(require.resolve('@webxr-input-profiles/assets/package.json')), 'dist', 'profiles')
const target = join(import.meta.dirname, '..', 'public', 'xr-profiles')
mkdirSync(target, { recursive: true })
// Only list the profiles copied here, so an unknown controller falls back to generic-trigger.
const allProfiles = JSON.parse(readFileSync(join(source, 'profilesList.json'), 'utf8'))
const listed = Object.fromEntries(Object.entries(allProfiles).filter(([id]) => PROFILES.includes(id)))
writeFileSync(join(target, 'profilesList.json'), JSON.stringify(listed, null, 2))
for (const profile of PROFILES) cpSync(join(source, profile), join(target, profile), { recursive: true })
console.log(`copied ${PROFILES.length} XR input profiles to public/xr-profiles`)
