import ReactThreeTestRenderer from '@react-three/test-renderer'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { lateComponent, LateLoadBoundary } from '../../../src/app/late-component'
import { SceneErrorBoundary } from '../../../src/app/scene-error-boundary'

afterEach(() => vi.restoreAllMocks())

function Named({ name }: { name: string }) {
  return <group name={name} />
}

/** Lets the lazy import settle and React render what it brought. */
async function settle(renderer: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>): Promise<void> {
  for (let i = 0; i < 3; i++) await renderer.advanceFrames(1, 16)
}

describe('lateComponent: a part of the page whose code loads late', () => {
  it('draws the component with its props once its code is here', async () => {
    const Late = lateComponent(async () => Named)
    const renderer = await ReactThreeTestRenderer.create(<Late name="survey" />)
    await settle(renderer)
    expect(renderer.scene.findByProps({ name: 'survey' })).toBeDefined()
  })

  it('shows nothing and asks for the reload when its code cannot be fetched, and the rest of the page stays', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const onFailedLoad = vi.fn()
    const Late = lateComponent<{ name: string }>(
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/survey.js')),
      onFailedLoad,
    )
    const renderer = await ReactThreeTestRenderer.create(
      <>
        <Late name="survey" />
        <group name="lobby" />
      </>,
    )
    await settle(renderer)
    expect(onFailedLoad).toHaveBeenCalledTimes(1)
    expect(renderer.scene.findAllByProps({ name: 'survey' })).toHaveLength(0)
    expect(renderer.scene.findByProps({ name: 'lobby' })).toBeDefined()
  })

  it('passes any other error up, as it would without the boundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const onFailedLoad = vi.fn()
    const onCrash = vi.fn()
    function Broken(): never {
      throw new Error('a bug, not the network')
    }
    await ReactThreeTestRenderer.create(
      <SceneErrorBoundary onCrash={onCrash} resetKey="lobby">
        <LateLoadBoundary onFailedLoad={onFailedLoad}>
          <Broken />
        </LateLoadBoundary>
      </SceneErrorBoundary>,
    )
    expect(onCrash).toHaveBeenCalledWith(expect.objectContaining({ message: 'a bug, not the network' }))
    expect(onFailedLoad).not.toHaveBeenCalled()
  })
})
