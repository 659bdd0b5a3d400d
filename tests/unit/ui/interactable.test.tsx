import ReactThreeTestRenderer from '@react-three/test-renderer'
import { describe, expect, it, vi } from 'vitest'
import { AppStoreProvider } from '../../../src/state/store-context'
import { Interactable } from '../../../src/ui/interactable'
import { InteractableRegistryProvider } from '../../../src/ui/interactable-context'
import { createInteractableRegistry } from '../../../src/ui/interactable-registry'
import { createTestStore } from '../../fixtures/test-store'

async function renderInteractable(onActivate: () => void, enabled = true) {
  const { store } = createTestStore()
  const registry = createInteractableRegistry()
  const renderer = await ReactThreeTestRenderer.create(
    <AppStoreProvider store={store}>
      <InteractableRegistryProvider registry={registry}>
        <Interactable
          id="test.button"
          name="Pay now"
          size={[0.2, 0.1]}
          enabled={enabled}
          onActivate={onActivate}
        >
          <mesh>
            <boxGeometry args={[0.2, 0.1, 0.01]} />
            <meshBasicMaterial />
          </mesh>
        </Interactable>
      </InteractableRegistryProvider>
    </AppStoreProvider>,
  )
  return { renderer, registry, store }
}

describe('Interactable', () => {
  it('runs its action once per click and is registered with its role and name', async () => {
    const onActivate = vi.fn()
    const { renderer, registry } = await renderInteractable(onActivate)
    const group = renderer.scene.findByProps({ name: 'test.button' })
    await renderer.fireEvent(group, 'click', { stopPropagation: () => undefined })
    expect(onActivate).toHaveBeenCalledTimes(1)
    expect(registry.get('test.button')).toMatchObject({
      id: 'test.button',
      name: 'Pay now',
      role: 'button',
      enabled: true,
    })
  })

  it('runs the same action from its accessible mirror, and never while disabled', async () => {
    const onActivate = vi.fn()
    const { renderer, registry } = await renderInteractable(onActivate, false)
    registry.get('test.button')?.activate()
    await renderer.fireEvent(renderer.scene.findByProps({ name: 'test.button' }), 'click', {
      stopPropagation: () => undefined,
    })
    expect(onActivate).not.toHaveBeenCalled()
  })

  it('leaves the registry when it leaves the scene', async () => {
    const { renderer, registry } = await renderInteractable(() => undefined)
    await renderer.unmount()
    expect(registry.list()).toEqual([])
  })
})
