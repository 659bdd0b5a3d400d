import ReactThreeTestRenderer from '@react-three/test-renderer'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SceneErrorBoundary } from '../../../src/app/scene-error-boundary'

function BrokenScene(): never {
  throw new Error('a model failed to load')
}

afterEach(() => vi.restoreAllMocks())

describe('SceneErrorBoundary', () => {
  it('reports a crashed scene and shows nothing of it, then renders again once the scene changes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const onCrash = vi.fn()
    const renderer = await ReactThreeTestRenderer.create(
      <SceneErrorBoundary onCrash={onCrash} resetKey="bank">
        <BrokenScene />
      </SceneErrorBoundary>,
    )
    expect(onCrash).toHaveBeenCalledWith(expect.objectContaining({ message: 'a model failed to load' }))
    expect(renderer.scene.children).toHaveLength(0)

    await renderer.update(
      <SceneErrorBoundary onCrash={onCrash} resetKey="lobby">
        <group name="lobby" />
      </SceneErrorBoundary>,
    )
    expect(renderer.scene.findByProps({ name: 'lobby' })).toBeDefined()
  })
})
