import ReactThreeTestRenderer from '@react-three/test-renderer'
import { describe, expect, it, vi } from 'vitest'
import { useFirstFrameDrawn } from '../../../src/app/use-first-frame-drawn'

function ShowsWhenDrawn({ probe }: { probe: { frames: number } }) {
  return useFirstFrameDrawn(probe) ? <group name="late" /> : null
}

describe('useFirstFrameDrawn', () => {
  it('turns true once the first frame is drawn, not before', async () => {
    vi.useFakeTimers()
    try {
      const probe = { frames: 0 }
      const renderer = await ReactThreeTestRenderer.create(<ShowsWhenDrawn probe={probe} />)
      await ReactThreeTestRenderer.act(async () => {
        await vi.advanceTimersByTimeAsync(200)
      })
      expect(renderer.scene.findAllByProps({ name: 'late' })).toHaveLength(0)
      probe.frames = 1
      await ReactThreeTestRenderer.act(async () => {
        await vi.advanceTimersByTimeAsync(100)
      })
      expect(renderer.scene.findByProps({ name: 'late' })).toBeDefined()
    } finally {
      vi.useRealTimers()
    }
  })
})
