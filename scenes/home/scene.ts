import { defineScene } from '../../src/domain/scene-info'

export default defineScene({
  id: 'home',
  titleKey: 'home.place',
  desktopView: { position: [0, 1.5, 0.3], target: [0, 1.25, -0.8], fov: 55 },
  // The message phone in front, the step panel on the left, the caption just above the phone.
  workplace: {
    phone: { position: [0, 1.24, -0.72], rotation: [-0.25, 0, 0] },
    stepPanel: { position: [-0.56, 1.74, -0.64], rotation: [0, 0.6, 0] },
    caption: { position: [0, 1.62, -0.8], rotation: [0, 0, 0] },
  },
  skyColor: '#e6e0d6',
})
