// @vitest-environment jsdom
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { loadTasks } from '../../../../src/errands/load-tasks'
import { validateTaskFile } from '../../../../src/tasks/validate-tasks'
import { FieldKeyboard } from '../../../../src/ui/field-keyboard'
import { Panel } from '../../../../src/ui/kit/panel'
import { TextField } from '../../../../src/ui/kit/text-field'
import { useTypedKeys } from '../../../../src/ui/use-typed-keys'
import { useApp } from '../../../../src/state/store-context'
import practiceForm from '../../../fixtures/tasks/practice-form.task'
import { render3d } from '../../../fixtures/render-3d'
import { createTestStore } from '../../../fixtures/test-store'

/** The name field of the practice form with the on-screen keyboard and the physical keyboard wired to it. */
function NameForm() {
  useTypedKeys(true)
  const value = useApp((state) => state.entries.name)
  return (
    <Panel width={0.7}>
      <TextField id="form.name" label="Barnets namn" value={typeof value === 'string' ? value : ''} active />
      <FieldKeyboard id="form.keyboard" fallback="digits" labelOf={() => 'Namn'} />
    </Panel>
  )
}

async function renderNameForm() {
  const test = createTestStore([...loadTasks(), validateTaskFile('practice-form', practiceForm)])
  test.store.getState().startTask('practice-form')
  return render3d(<NameForm />, { test })
}

describe('TextField with the on-screen keyboard', () => {
  it('opens the Swedish letter keyboard for a text field', async () => {
    const { registry } = await renderNameForm()
    for (const key of ['aring', 'auml', 'ouml', 'q', 'space', 'shift', 'ok']) {
      expect(registry.get(`form.keyboard.${key}`)?.enabled, key).toBe(true)
    }
  })

  it('takes letters pressed on the on-screen keys, å, ä and ö included, with a capital after Shift', async () => {
    const { registry, store } = await renderNameForm()
    const press = async (key: string) => act(async () => registry.get(`form.keyboard.${key}`)?.activate())
    await press('shift')
    await press('aring')
    await press('s')
    await press('a')
    await press('space')
    await press('shift')
    await press('ouml')
    await press('b')
    await press('e')
    await press('r')
    await press('g')
    expect(store.getState().entries.name).toBe('Åsa Öberg')
    await press('auml')
    expect(store.getState().entries.name).toBe('Åsa Öbergä')
    await press('delete')
    await press('ok')
    expect(store.getState().run?.stepIndex).toBe(1)
  })

  it('takes letters typed on a physical keyboard, å, ä and ö included', async () => {
    const { store } = await renderNameForm()
    for (const key of ['Å', 's', 'a', ' ', 'Ö', 'b', 'e', 'r', 'g', 'ä', 'Backspace']) {
      await act(async () => {
        window.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }))
      })
    }
    expect(store.getState().entries.name).toBe('Åsa Öberg')
  })
})
