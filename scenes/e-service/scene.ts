import { defineScene } from '../../src/domain/scene-info'

export default defineScene({
  id: 'e-service',
  titleKey: 'eservice.place',
  desktopView: { position: [0, 1.62, 0.45], target: [0, 1.2, -0.8], fov: 58 },
  // As at the bank: the step panel on the left, the caption above the page, a held paper up on the right and the
  // phone low on the right, on the desk in front of the terminal.
  workplace: {
    terminal: [0, 1.02, -0.98],
    phone: { position: [0.5, 1.1, -0.45], rotation: [-0.64, -0.84, 0] },
    paper: { position: [0.4, 1.62, -0.42], rotation: [0, -0.76, 0] },
    // On the desk at the terminal's foot, below its page and keyboard, nearly flat: below the rays to the page's
    // buttons in VR, and just under the keyboard on a phone. As near the terminal as its stand allows (a letter's far
    // edge stops short of it), so a phone that frames the page and the paper keeps the keys 44 px or more.
    paperRest: { position: [-0.12, 0.925, -0.83], rotation: [-Math.PI / 2 + 0.1, 0, 0.05] },
    stepPanel: { position: [-0.7, 1.85, -0.62], rotation: [0, 0.85, 0] },
    caption: { position: [0, 1.8, -0.95], rotation: [0.25, 0, 0] },
  },
  // The phone; the catalogue's custom block with its categories, services and search box.
  draws: [
    'eservice.phone.*',
    'eservice.category.*',
    'eservice.service.*',
    'eservice.field.search',
    'eservice.keyboard',
    'eservice.keyboard.ok',
  ],
  skyColor: '#e4ebe6',
})
