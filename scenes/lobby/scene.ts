import { defineScene } from '../../src/domain/scene-info'

export default defineScene({
  id: 'lobby',
  titleKey: 'lobby.welcome',
  desktopView: { position: [0, 1.5, 0.2], target: [0, 1.3, -1.4], fov: 55 },
  skyColor: '#e9e1d3',
})
