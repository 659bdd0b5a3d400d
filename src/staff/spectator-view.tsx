import { Canvas, useFrame, useThree } from '@react-three/fiber'
import { Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { BufferAttribute, BufferGeometry, Quaternion, Vector3, type PerspectiveCamera } from 'three'
import { PostureOffset } from '../app/posture-offset'
import { sceneById } from '../app/scene-registry'
import type { StationSummary } from '../live/protocol'
import { createAppStore } from '../state/app-store'
import { AppStoreProvider, useApp } from '../state/store-context'
import { AppKitProvider } from '../ui/app-kit-provider'
import { StationBadgeProvider } from '../station/station-context'
import { InteractableRegistryProvider } from '../ui/interactable-context'
import { createInteractableRegistry } from '../ui/interactable-registry'
import { ReadingViewProvider } from '../ui/reading-view'
import { WorkplaceProvider } from '../ui/workplace'
import { StepPanel3D } from '../ui/step-panel-3d'
import { useConsole, useConsoleState, useConsoleText } from './console-context'
import type { SpectatorFeed } from './console-link'
import { mirrorStateFrom } from './mirror-state'

/** A headset's field of view is wider than a screen's. */
const VR_FOV = 80
const RAY_LENGTH = 2.5
const MAX_RAYS = 2

const targetPosition = new Vector3()
const targetQuaternion = new Quaternion()

/**
 * The selected station's scene, seen from the visitor's eyes: the same scene components as the headset, fed
 * by a mirror store set from the state stream, with the head pose as camera and the controller rays as lines.
 * Not video: a few hundred bytes, ten times a second. With no station it hides and stops rendering, but stays
 * mounted: one WebGL context for the console's lifetime, whichever station is watched.
 */
export function SpectatorView({ summary }: { summary: StationSummary | null }) {
  const t = useConsoleText()
  const { link, tasks } = useConsole()
  const clockOffsetMs = useConsoleState((state) => state.clockOffsetMs)
  const mirror = useMemo(
    () => createAppStore({ tasks, emitTelemetry: () => {}, appVersion: 'spectator' }),
    [tasks],
  )
  // The mirror's interactables register here, apart from anything else, and are never activated.
  const registry = useMemo(() => createInteractableRegistry(), [])

  const stationId = summary?.id ?? null
  useEffect(() => {
    link.spectate(stationId)
  }, [link, stationId])
  useEffect(() => () => link.spectate(null), [link])

  useEffect(() => {
    if (summary) mirror.setState(mirrorStateFrom(summary, clockOffsetMs))
  }, [mirror, summary, clockOffsetMs])

  // Which scene has finished loading and rendered, for anyone waiting on the view (people and tests).
  const [readyScene, setReadyScene] = useState<string | null>(null)
  const name = summary?.state.name ?? ''
  const pairingCode = summary?.state.pairingCode ?? ''
  return (
    <figure
      className="spectator"
      data-testid="spectator"
      data-scene-ready={readyScene ?? ''}
      hidden={summary === null}
    >
      <figcaption>{t('staff.spectator-title', { name })}</figcaption>
      <div className="spectator-canvas">
        <AppStoreProvider store={mirror}>
          <InteractableRegistryProvider registry={registry}>
            <AppKitProvider>
              <StationBadgeProvider value={{ name, pairingCode }}>
                <Canvas
                  camera={{ position: [0, 1.6, 0.3], fov: VR_FOV, near: 0.05, far: 40 }}
                  dpr={1}
                  frameloop={summary ? 'always' : 'never'}
                >
                  <ReadingViewProvider>
                    <MirroredScene feed={link.feed} onReady={setReadyScene} />
                  </ReadingViewProvider>
                </Canvas>
              </StationBadgeProvider>
            </AppKitProvider>
          </InteractableRegistryProvider>
        </AppStoreProvider>
      </div>
    </figure>
  )
}

function MirroredScene({ feed, onReady }: { feed: SpectatorFeed; onReady: (sceneId: string) => void }) {
  const sceneId = useApp((state) => state.scene)
  const mode = useApp((state) => state.mode)
  const { info, Set } = sceneById(sceneId)
  return (
    <>
      <color attach="background" args={[info.skyColor]} />
      <hemisphereLight args={['#ffffff', '#b9a58b', 1.1]} />
      <directionalLight position={[2, 4, 2]} intensity={1.4} />
      <ambientLight intensity={0.35} />
      <PostureOffset>
        <WorkplaceProvider value={info.workplace ?? null}>
          <Suspense fallback={null}>
            <Set />
            {info.workplace && mode === 'vr' && <StepPanel3D {...info.workplace.stepPanel} />}
            <SceneReady sceneId={sceneId} onReady={onReady} />
          </Suspense>
        </WorkplaceProvider>
      </PostureOffset>
      <HeadCamera feed={feed} fov={mode === 'vr' ? VR_FOV : info.desktopView.fov} />
      <ControllerRays feed={feed} />
    </>
  )
}

/** Mounts only once the scene's lazy parts have loaded (it sits inside their Suspense), then reports it. */
function SceneReady({ sceneId, onReady }: { sceneId: string; onReady: (sceneId: string) => void }) {
  useEffect(() => {
    onReady(sceneId)
  }, [sceneId, onReady])
  return null
}

/** Puts the camera where the visitor's eyes are, easing between the 10 Hz poses; it jumps to a new station. */
function HeadCamera({ feed, fov }: { feed: SpectatorFeed; fov: number }) {
  const camera = useThree((state) => state.camera) as PerspectiveCamera
  const placedFor = useRef<string | null>(null)
  useEffect(() => {
    camera.fov = fov
    camera.updateProjectionMatrix()
  }, [camera, fov])
  useFrame((_, delta) => {
    const pose = feed.pose
    if (!pose) return
    targetPosition.fromArray(pose.head.position)
    targetQuaternion.fromArray(pose.head.quaternion).normalize()
    const ease = placedFor.current === feed.stationId ? Math.min(1, delta * 12) : 1
    camera.position.lerp(targetPosition, ease)
    camera.quaternion.slerp(targetQuaternion, ease)
    placedFor.current = feed.stationId
  })
  return null
}

/** The visitor's controller rays, as lines from each controller. */
function ControllerRays({ feed }: { feed: SpectatorFeed }) {
  const geometry = useMemo(() => {
    const created = new BufferGeometry()
    created.setAttribute('position', new BufferAttribute(new Float32Array(MAX_RAYS * 2 * 3), 3))
    created.setDrawRange(0, 0)
    return created
  }, [])
  useEffect(() => () => geometry.dispose(), [geometry])
  useFrame(() => {
    const attribute = geometry.getAttribute('position')
    if (!(attribute instanceof BufferAttribute)) return
    const positions = attribute.array
    const rays = feed.pose?.rays ?? []
    let count = 0
    for (const ray of rays) {
      if (count >= MAX_RAYS) break
      const at = count * 6
      for (let axis = 0; axis < 3; axis++) {
        const origin = ray.origin[axis] ?? 0
        positions[at + axis] = origin
        positions[at + 3 + axis] = origin + (ray.direction[axis] ?? 0) * RAY_LENGTH
      }
      count++
    }
    attribute.needsUpdate = true
    geometry.setDrawRange(0, count * 2)
  })
  return (
    <lineSegments geometry={geometry} frustumCulled={false}>
      <lineBasicMaterial color="#ff3d7f" />
    </lineSegments>
  )
}
