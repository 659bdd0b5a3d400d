import { defineScene } from '../../src/app/scene-info'

export default defineScene({
  id: 'bank',
  titleKey: 'bank.task.title',
  desktopView: { position: [0, 1.62, 0.32], target: [0, 1.12, -0.75], fov: 62 },
  stepPanel: { position: [-0.86, 1.42, -0.78], rotation: [0, 0.62, 0] },
  skyColor: '#dfe7ee',
})
