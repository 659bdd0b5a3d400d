import { useThree } from '@react-three/fiber'
import { useXR } from '@react-three/xr'
import { useEffect } from 'react'
import type { PerspectiveCamera } from 'three'
import type { SceneInfo } from './scene-info'

/** On a screen, stands the camera where the scene asks; in VR the headset moves it instead. */
export function DesktopCamera({ view }: { view: SceneInfo['desktopView'] }) {
  const camera = useThree((state) => state.camera) as PerspectiveCamera
  const presenting = useXR((state) => state.session != null)
  useEffect(() => {
    if (presenting) return
    camera.position.set(...view.position)
    camera.lookAt(...view.target)
    camera.fov = view.fov
    camera.updateProjectionMatrix()
  }, [camera, presenting, view])
  return null
}
