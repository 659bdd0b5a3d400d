import { defineScene } from '../../src/app/scene-info'

export default defineScene({
  id: 'bank',
  titleKey: 'bank.place',
  desktopView: { position: [0, 1.66, 0.5], target: [0, 1.1, -0.72], fov: 58 },
  stepPanel: { position: [-0.64, 1.74, -0.74], rotation: [0, 0.6, 0] },
  draws: ['bank.phone.*', 'bank.keypad', 'bank.keypad.ok'],
  skyColor: '#dfe7ee',
})
