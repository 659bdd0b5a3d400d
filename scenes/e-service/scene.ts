import { defineScene } from '../../src/app/scene-info'

export default defineScene({
  id: 'e-service',
  titleKey: 'eservice.place',
  desktopView: { position: [0, 1.62, 0.45], target: [0, 1.2, -0.8], fov: 58 },
  // On the right: a paper held up in VR floats low on the left, and would cover the hint there.
  stepPanel: { position: [0.86, 1.8, -0.86], rotation: [0, -0.55, 0] },
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
