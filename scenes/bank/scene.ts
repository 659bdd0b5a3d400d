import { defineScene } from '../../src/domain/scene-info'

export default defineScene({
  id: 'bank',
  titleKey: 'bank.place',
  desktopView: { position: [0, 1.66, 0.5], target: [0, 1.1, -0.72], fov: 58 },
  // Around the terminal, from the eyes (0, 1.6, 0): the step panel on the left, the caption above the page, a held
  // paper up on the right and the phone low on the right, beside the keypad at the front of the desk.
  workplace: {
    terminal: [0, 1.06, -1.0],
    // Tilted back nearly flat on the desk: its upper edge stays below the rays to the page's lowest buttons.
    keypad: { position: [0.02, 0.91, -0.33], rotation: [-1.05, 0, 0] },
    phone: { position: [0.5, 1.1, -0.45], rotation: [-0.64, -0.84, 0] },
    paper: { position: [0.4, 1.62, -0.42], rotation: [0, -0.76, 0] },
    // On the desk at the keypad's left, tilted up: the ray to it passes beside the keypad, and below the rays to the
    // page. As near the front as the keypad's top edge, so on a screen that looks down at both the nearer keypad
    // never covers the bill's far edge (its sender's name); its lower edge stays on the desk.
    paperRest: { position: [-0.33, 0.965, -0.54], rotation: [-Math.PI / 2 + 0.35, 0, 0] },
    stepPanel: { position: [-0.7, 1.85, -0.62], rotation: [0, 0.85, 0] },
    caption: { position: [0, 1.8, -0.95], rotation: [0.25, 0, 0] },
  },
  draws: ['bank.phone.*', 'bank.keypad', 'bank.keypad.ok'],
  skyColor: '#dfe7ee',
})
