import { useFrame, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { Camera, Scene, WebGLRenderer } from 'three'

/**
 * What tests may read of the renderer: frames rendered so far (to wait on frames, not time) and the
 * camera (to find where a 3D element is on screen). A plain object, so reading it never re-renders.
 */
export interface RenderProbe {
  frames: number
  camera: Camera | null
  canvas: HTMLCanvasElement | null
  renderer: WebGLRenderer | null
  /** The scene, for tests that look along the visitor's line of sight. */
  scene: Scene | null
}

export function RenderProbeUpdater({ probe }: { probe: RenderProbe }) {
  const camera = useThree((state) => state.camera)
  const renderer = useThree((state) => state.gl)
  const scene = useThree((state) => state.scene)
  useEffect(() => {
    probe.camera = camera
    probe.canvas = renderer.domElement
    probe.renderer = renderer
    probe.scene = scene
  }, [probe, camera, renderer, scene])
  useFrame(() => {
    probe.frames++
  })
  return null
}
