import { defineScene } from '../../src/app/scene-info'

export default defineScene({
  id: 'e-service',
  titleKey: 'eservice.place',
  desktopView: { position: [0, 1.62, 0.45], target: [0, 1.2, -0.8], fov: 58 },
  stepPanel: { position: [-0.85, 1.78, -0.85], rotation: [0, 0.55, 0] },
  skyColor: '#e4ebe6',
})
