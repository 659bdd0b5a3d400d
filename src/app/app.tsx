import { Canvas } from '@react-three/fiber'
import { XR } from '@react-three/xr'
import { Suspense, useCallback } from 'react'
import { localeInfo } from '../domain/locales'
import { useApp, useAppStoreApi } from '../state/store-context'
import { StationInWorld } from '../station/station-in-world'
import { StationOverlay } from '../station/station-overlay'
import { AccessibleMirror } from '../ui/accessible-mirror'
import { DocumentReadingView } from '../ui/document/document-reading-view'
import { useTypedKeys } from '../ui/use-typed-keys'
import { DesktopHud } from '../ui/desktop-hud'
import { LayoutActivityProvider } from '../ui/layout/layout-activity'
import { HelpScreenButton } from '../ui/help-button'
import { ReadingViewProvider } from '../ui/reading-view'
import { CaptionPanel } from '../narration/caption-panel'
import { SettingsDialog } from '../ui/settings-dialog'
import { SettingsMenu3D } from '../ui/settings-menu-3d'
import { StepPanel3D } from '../ui/step-panel-3d'
import { themeStyle } from '../ui/theme-css'
import { useTheme } from '../ui/use-theme'
import { WorkplaceProvider } from '../ui/workplace'
import { ComfortOrigin } from '../xr/comfort-origin'
import type { AppXRStore } from '../xr/xr-store'
import { ScreenCamera } from './screen-camera'
import { RenderProbeUpdater, type RenderProbe } from './render-probe'
import { LoadingBar } from './loading-bar'
import { usePageLanguage } from './page-language'
import { Notice } from './notice'
import { PostureOffset } from './posture-offset'
import { SceneErrorBoundary } from './scene-error-boundary'
import { isFailedCodeLoad, recoverFromFailedCodeLoad } from './failed-code-load'
import { sceneById } from './scene-registry'
import { StartOverlay } from './start-overlay'
import { TaskClock } from './task-clock'
import { useAssetProgress } from './use-asset-progress'
import { XRModeSync } from './xr-mode-sync'
import { lateComponent } from './late-component'
import { useFirstFrameDrawn } from './use-first-frame-drawn'

// Not needed for the lobby's first frame: each its own chunk, fetched once that frame is drawn.
const SurveyOverlay = lateComponent(async () => (await import('../survey/survey-overlay')).SurveyOverlay)
const SurveyPanel3D = lateComponent(async () => (await import('../survey/survey-panel-3d')).SurveyPanel3D)
const StationStaffMenu = lateComponent(
  async () => (await import('../station/station-staff-menu')).StationStaffMenu,
)
const ErrandPageArticle = lateComponent(
  async () => (await import('../ui/page/errand-page-article')).ErrandPageArticle,
)

/** Props of the visitor's app. */
export interface AppProps {
  xrStore: AppXRStore
  probe: RenderProbe
  /**
   * The headset is emulated (IWER), usually on a machine rendering on the CPU: multisampling is then
   * the largest cost per frame and is switched off. Real headsets keep it. @default false
   */
  emulated?: boolean
  /**
   * The 3D view's pixels per CSS pixel (`?renderScale=`, for tests and tools on software GL); the screen's own
   * ratio, 1 to 2, unless set. A scale that is set also switches multisampling off, as on the emulated headset.
   */
  renderScale?: number | null
}

/** The visitor's app: the 3D world (VR or screen), its overlays and the accessible mirror of its controls. */
export function App({ xrStore, probe, emulated = false, renderScale = null }: AppProps) {
  const store = useAppStoreApi()
  const sceneId = useApp((state) => state.scene)
  const mode = useApp((state) => state.mode)
  const entered = useApp((state) => state.entered)
  const locale = useApp((state) => state.locale)
  const { dir, tag } = localeInfo(locale)
  const theme = useTheme()
  const progress = useAssetProgress(locale)
  const { info, Set } = sceneById(sceneId)
  useTypedKeys(entered && mode === 'desktop')
  const drawn = useFirstFrameDrawn(probe)
  usePageLanguage()

  const onCrash = useCallback(
    (error: Error) => {
      store.getState().leaveTask('left')
      store.getState().showNotice('app.crashed')
      // A scene whose code could not be fetched stays broken until the page reloads: reload once the server is back.
      if (isFailedCodeLoad(error)) recoverFromFailedCodeLoad()
    },
    [store],
  )

  const showHud = entered && mode === 'desktop'
  return (
    // The page's language and direction follow the visitor's: the HUD, the accessible mirror and every overlay.
    <div className="app" data-hud={showHud} dir={dir} lang={tag} style={themeStyle(theme)}>
      <div className="stage">
        {/* Around the canvas too: the reading strip over the view tells the screen camera how much it covers. */}
        <ReadingViewProvider>
          <Canvas
            camera={{ position: [0, 1.6, 0.3], fov: 60, near: 0.05, far: 40 }}
            dpr={renderScale ?? [1, 2]}
            gl={{ antialias: !emulated && renderScale === null }}
          >
            <color attach="background" args={[info.skyColor]} />
            <XR store={xrStore}>
              <LayoutActivityProvider>
                <hemisphereLight args={['#ffffff', '#b9a58b', 1.1]} />
                <directionalLight position={[2, 4, 2]} intensity={1.4} />
                <ambientLight intensity={0.35} />
                <PostureOffset>
                  <WorkplaceProvider value={info.workplace ?? null}>
                    <SceneErrorBoundary onCrash={onCrash} resetKey={sceneId}>
                      <Suspense fallback={null}>
                        <Set />
                        {info.workplace && mode === 'vr' && <StepPanel3D {...info.workplace.stepPanel} />}
                      </Suspense>
                    </SceneErrorBoundary>
                  </WorkplaceProvider>
                  {/* In the scene's frame, as its place is given; one that follows the eyes places itself. */}
                  <CaptionPanel place={info.workplace?.caption} />
                </PostureOffset>
                <ScreenCamera view={info.desktopView} />
                <XRModeSync />
                <ComfortOrigin />
                <RenderProbeUpdater probe={probe} />
                <StationInWorld />
                <SettingsMenu3D />
                {drawn && <SurveyPanel3D />}
              </LayoutActivityProvider>
            </XR>
          </Canvas>
          <LoadingBar progress={progress} />
          <StartOverlay xrStore={xrStore} progress={progress} />
          <DocumentReadingView />
        </ReadingViewProvider>
        {entered && <AccessibleMirror />}
        {drawn && entered && <ErrandPageArticle className="visually-hidden" />}
        <SettingsDialog />
        <Notice />
        {drawn && <SurveyOverlay />}
        <HelpScreenButton />
        <StationOverlay StaffMenu={drawn ? StationStaffMenu : undefined} />
      </div>
      {showHud && <DesktopHud />}
      <TaskClock />
    </div>
  )
}
