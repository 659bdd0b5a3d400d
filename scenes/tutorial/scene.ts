import { defineScene } from '../../src/domain/scene-info'

export default defineScene({
  id: 'tutorial',
  titleKey: 'tutorial.place',
  desktopView: { position: [0, 1.45, 0.45], target: [0.05, 0.95, -0.6], fov: 58 },
  // The lesson moves about the room: the caption follows the eyes (no place of its own).
  workplace: { stepPanel: { position: [-0.85, 1.6, -0.85], rotation: [0, 0.6, 0] } },
  skyColor: '#e4eadf',
  firstSteps: true,
})
