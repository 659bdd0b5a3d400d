// The bare reference page of `npm run bench:render`: the same stack as the app (three, R3F, @react-three/xr)
// with one drei Text and nothing else, so the app's cost per frame can be read as a ratio to it.
import { Text } from '@react-three/drei'
import { Canvas, useFrame, useThree } from '@react-three/fiber'
import { XR, createXRStore } from '@react-three/xr'
import { createRoot } from 'react-dom/client'

const xrStore = createXRStore({ emulate: false })
const probe = { frames: 0, calls: 0, triangles: 0 }
declare global {
  interface Window {
    __bench?: { frames: () => number; renderInfo: () => { calls: number; triangles: number } }
  }
}
window.__bench = {
  frames: () => probe.frames,
  renderInfo: () => ({ calls: probe.calls, triangles: probe.triangles }),
}

function Probe() {
  const gl = useThree((state) => state.gl)
  useFrame(() => {
    probe.frames++
    probe.calls = gl.info.render.calls
    probe.triangles = gl.info.render.triangles
  })
  return null
}

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <Canvas camera={{ position: [0, 1.6, 0.3], fov: 60 }}>
      <XR store={xrStore}>
        <Text font="/fonts/NotoSans-Regular.ttf" position={[0, 1.5, -1]} fontSize={0.1} color="#1d2430">
          Digidel
        </Text>
        <Probe />
      </XR>
    </Canvas>,
  )
}
