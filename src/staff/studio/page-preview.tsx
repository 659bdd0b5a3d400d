import { Canvas } from '@react-three/fiber'
import { PreviewBoundary } from './preview-boundary'
import { Suspense, useMemo, useState } from 'react'
import { LOCALES, isLocale, localeInfo, type Locale } from '../../domain/locales'
import type { ErrandFile } from '../../errands/errand-file'
import { pagesSchema } from '../../errands/page-schema'
import { practiceDataSchema, type PracticeData } from '../../errands/practice-data'
import { withPracticeValues } from '../../errands/resolve-practice'
import { translate } from '../../i18n/translate'
import { taskSchema } from '../../tasks/schema'
import { InteractableRegistryProvider } from '../../ui/interactable-context'
import { createInteractableRegistry } from '../../ui/interactable-registry'
import { DEFAULT_KIT, KitProvider } from '../../ui/kit/kit-context'
import { Panel } from '../../ui/kit/panel'
import { PageEnvProvider, READ_ONLY_ACTIONS, type PageEnv } from '../../ui/page/page-env'
import { PageView } from '../../ui/page/page-view'
import { useStudioText } from './studio-text'

/** The canvas' size in CSS pixels; the camera zooms so the page fits it. */
const VIEW = { width: 420, height: 520 }
/** The page's width in metres, as on a station's screen. */
const PAGE_WIDTH = 1

/** The errand's task and pages as the app reads them, or why they cannot be drawn yet. */
function readErrand(file: ErrandFile) {
  const practiceParsed = practiceDataSchema.safeParse(file.files['practice.json'] ?? { values: {} })
  const practice: PracticeData = practiceParsed.success ? practiceParsed.data : { values: {} }
  const task = taskSchema.safeParse(withPracticeValues(file.files['task.json'], practice, []))
  const pages = pagesSchema.safeParse(file.files['pages.json'])
  if (!task.success || !pages.success) return null
  return { task: task.data, pages: pages.data, practice }
}

/**
 * A live preview of one page of the errand, drawn by the real page renderer (the same blocks, kit and layout as
 * on a station) in a small 3D canvas, from the draft as it stands: texts from the draft first, then the app's.
 * It shows the chosen step, its targets highlighted, in the chosen language.
 */
export function PagePreview({
  file,
  stage,
  stepIndex,
}: {
  file: ErrandFile
  stage: string
  stepIndex: number | null
}) {
  const t = useStudioText()
  const [locale, setLocale] = useState<Locale>('sv')
  const errand = useMemo(() => readErrand(file), [file])
  const registry = useMemo(() => createInteractableRegistry(), [])
  const [size, setSize] = useState({ width: PAGE_WIDTH, height: 1 })
  // Dates on the page (a calendar's window) count from when the preview opened.
  const [startedAt] = useState(() => Date.now())
  const dir = localeInfo(locale).dir
  const step = errand && stepIndex !== null ? errand.task.steps[stepIndex] : undefined
  const env = useMemo<PageEnv | null>(() => {
    if (!errand) return null
    return {
      locale,
      t: (key, params) =>
        file.texts[locale][key] === undefined
          ? translate(locale, key, params)
          : fill(file.texts[locale][key], params),
      task: errand.task,
      pages: errand.pages,
      stage,
      step,
      completed: false,
      feedbackKey: null,
      entries: {},
      values: {},
      activeField: null,
      practice: Object.fromEntries(
        Object.entries(errand.practice.values).map(([name, value]) => [
          name,
          'value' in value ? value.value : '',
        ]),
      ),
      sessionId: '00000000-0000-4000-8000-000000000000',
      startedAt,
      actions: READ_ONLY_ACTIONS,
    }
  }, [errand, file.texts, locale, stage, step, startedAt])
  const kit = useMemo(() => ({ ...DEFAULT_KIT, dir, targets: step?.targets ?? [] }), [dir, step])
  const zoom = Math.min(VIEW.width / size.width, VIEW.height / size.height) * 0.96
  return (
    <figure className="page-preview" data-testid="page-preview">
      <figcaption>
        {t('preview.title', { stage })}
        <select
          aria-label={t('preview.language')}
          value={locale}
          onChange={(e) => {
            if (isLocale(e.target.value)) setLocale(e.target.value)
          }}
        >
          {LOCALES.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </figcaption>
      {env && errand?.pages[stage] ? (
        <PreviewBoundary
          resetKey={file}
          fallback={(message) => (
            <p className="empty" role="alert">
              {t('preview.failed', { message })}
            </p>
          )}
        >
          <div style={{ width: VIEW.width, height: VIEW.height }}>
            <Canvas
              orthographic
              dpr={1}
              camera={{ position: [0, 0, 5], zoom }}
              aria-label={t('preview.canvas')}
            >
              <color attach="background" args={['#dfe5e2']} />
              <Suspense fallback={null}>
                <InteractableRegistryProvider registry={registry}>
                  <KitProvider settings={kit}>
                    <PageEnvProvider value={env}>
                      <Panel
                        width={PAGE_WIDTH}
                        dir={dir}
                        onResize={(width, height) =>
                          setSize((old) =>
                            old.width === width && old.height === height ? old : { width, height },
                          )
                        }
                      >
                        <PageView />
                      </Panel>
                    </PageEnvProvider>
                  </KitProvider>
                </InteractableRegistryProvider>
              </Suspense>
            </Canvas>
          </div>
        </PreviewBoundary>
      ) : (
        <p className="empty">{t('preview.none')}</p>
      )}
    </figure>
  )
}

function fill(text: string, params?: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{([\w.-]+)\}/g, (whole, name: string) => String(params?.[name] ?? whole))
}
