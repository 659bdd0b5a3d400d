// @vitest-environment jsdom
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { Button } from '../../../../src/ui/kit/button'
import { Dialog } from '../../../../src/ui/kit/dialog'
import { Panel } from '../../../../src/ui/kit/panel'
import { Scroll } from '../../../../src/ui/kit/scroll'
import { Text } from '../../../../src/ui/kit/text'
import { render3d, settleLayout } from '../../../fixtures/render-3d'

const ITEMS = Array.from({ length: 8 }, (_, index) => `item-${index + 1}`)

describe('Scroll', () => {
  it('shows a window of a long list; what is out of view cannot be pressed until the down button brings it', async () => {
    const { registry, renderer } = await render3d(
      <Panel width={0.5}>
        <Scroll id="list" maxHeight={0.25}>
          {ITEMS.map((id) => (
            <Button key={id} id={id} label={id} onActivate={() => undefined} />
          ))}
        </Scroll>
      </Panel>,
    )
    const placed = () => ITEMS.filter((id) => registry.get(id)?.isPlaced?.())
    expect(placed()[0]).toBe('item-1')
    expect(placed().length).toBeLessThan(ITEMS.length)
    expect(registry.get('item-8')?.isPlaced?.()).toBe(false)
    expect(registry.get('list.up')?.enabled).toBe(false)

    for (let page = 0; page < 6 && registry.get('list.down')?.enabled; page++) {
      await act(async () => registry.get('list.down')?.activate())
      await settleLayout(renderer)
    }
    expect(registry.get('item-8')?.isPlaced?.()).toBe(true)
    expect(registry.get('item-1')?.isPlaced?.()).toBe(false)
    expect(registry.get('list.up')?.enabled).toBe(true)
  })
})

describe('Dialog', () => {
  it('covers its panel: the controls behind it leave the accessible list until it closes', async () => {
    const panel = (open: boolean) => (
      <Panel width={0.6}>
        <Button id="behind" label="Behind" onActivate={() => undefined} />
        {open && (
          <Dialog
            title="Read more"
            actions={<Button id="close" label="Close" onActivate={() => undefined} />}
          >
            <Text>Plain words about personal data.</Text>
          </Dialog>
        )}
      </Panel>
    )
    const { registry, update } = await render3d(panel(false))
    expect(registry.get('behind')).toBeDefined()
    await update(panel(true))
    expect(registry.get('behind')).toBeUndefined()
    expect(registry.get('close')?.enabled).toBe(true)
    await update(panel(false))
    expect(registry.get('behind')).toBeDefined()
  })
})
