import { isLocaleLoaded, textOf } from '../i18n/text-store'
import type { Locale } from '../domain/locales'
import {
  checkErrand,
  type ErrandContext,
  type ErrandFiles,
  type ErrandPackage,
  type ErrandProblems,
} from './check-errand'

/** What the errands need to know of a scene: its id, and the ids its set draws itself. */
interface SceneDraws {
  id: string
  draws?: readonly string[]
}

const sceneInfos = import.meta.glob<SceneDraws>('../../scenes/*/scene.ts', { eager: true, import: 'default' })
/** Every errand package's files: `scenes/<scene>/errands/<errand>/<file>.json`. */
const packageFiles = import.meta.glob<unknown>(
  '../../scenes/*/errands/*/{task,pages,practice,document}.json',
  {
    eager: true,
    import: 'default',
  },
)
/** Pages a scene's errands share (the city's start page), by scene folder: `scenes/<scene>/pages.json`. */
const scenePageFiles = import.meta.glob<unknown>('../../scenes/*/pages.json', {
  eager: true,
  import: 'default',
})

/** An errand package that is not valid: names each file and every path in it that is wrong. */
export class ErrandPackageError extends Error {
  constructor(
    readonly folder: string,
    readonly problems: ErrandProblems,
  ) {
    super(
      Object.entries(problems)
        .flatMap(([file, errors]) =>
          (errors ?? []).map(
            (error) => `${folder}/${file}: ${error.path.map(String).join('.') || '(file)'}: ${error.message}`,
          ),
        )
        .join('\n'),
    )
    this.name = 'ErrandPackageError'
  }
}

/** Groups glob results by package folder, from the project root. */
export function filesByFolder(
  files: Readonly<Record<string, unknown>>,
): Map<string, Record<string, unknown>> {
  const folders = new Map<string, Record<string, unknown>>()
  for (const [path, data] of Object.entries(files)) {
    const relative = path.replace(/^(\.\.\/)+/, '')
    const slash = relative.lastIndexOf('/')
    const folder = relative.slice(0, slash)
    const own = folders.get(folder) ?? {}
    own[relative.slice(slash + 1)] = data
    folders.set(folder, own)
  }
  return folders
}

const sceneDraws = new Map(Object.values(sceneInfos).map((info) => [info.id, info.draws ?? []]))
const scenePages = new Map(
  Object.entries(scenePageFiles).map(([path, pages]) => [path.split('/').at(-2) ?? path, pages]),
)

/**
 * What a package is checked against in this page: the texts loaded here (a visitor's browser has only its own
 * languages; the others are checked by the build, the server and the unit tests, which load all four) and the
 * ids each scene draws.
 */
export const appErrandContext: ErrandContext = {
  hasText: (locale: Locale, key: string) => (isLocaleLoaded(locale) ? textOf(locale, key) : true),
  sceneDraws: (scene: string) => sceneDraws.get(scene),
}

/** The package's own pages over the pages its scene's errands share; the scene of a package is its folder's. */
function withScenePages(folder: string, pages: unknown, shared: ReadonlyMap<string, unknown>): unknown {
  const scene = shared.get(folder.split('/')[1] ?? '')
  if (typeof scene !== 'object' || scene === null || typeof pages !== 'object' || pages === null) return pages
  return { ...scene, ...pages }
}

/** Checks every package in `scenes/`; throws an {@link ErrandPackageError} for the first one that is broken. */
export function loadErrands(
  files: Readonly<Record<string, unknown>> = packageFiles,
  context: ErrandContext = appErrandContext,
  shared: ReadonlyMap<string, unknown> = scenePages,
): ErrandPackage[] {
  return [...filesByFolder(files)].map(([folder, own]) => {
    const withShared = { ...own, 'pages.json': withScenePages(folder, own['pages.json'], shared) }
    const checked = checkErrand(folder, withShared as unknown as ErrandFiles, context)
    if ('problems' in checked) throw new ErrandPackageError(folder, checked.problems)
    return checked.errand
  })
}
