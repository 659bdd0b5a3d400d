// @vitest-environment jsdom
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { Vector3 } from 'three'
import { describe, expect, it, vi } from 'vitest'
import { errandOf } from '../../../../src/errands/errand-registry'
import { translate } from '../../../../src/i18n/translate'
import type { FieldValue } from '../../../../src/tasks/field-value'
import { InteractableRegistryProvider } from '../../../../src/ui/interactable-context'
import { createInteractableRegistry } from '../../../../src/ui/interactable-registry'
import { DEFAULT_KIT, KitProvider } from '../../../../src/ui/kit/kit-context'
import { Panel } from '../../../../src/ui/kit/panel'
import { PageEnvProvider, type PageEnv } from '../../../../src/ui/page/page-env'
import { PageView } from '../../../../src/ui/page/page-view'
import { settleLayout } from '../../../fixtures/render-3d'

/** A page drawn from plain data, as the console's preview will: no app, no store. */
async function drawPage(stage: string, values: Record<string, FieldValue> = {}, dir: 'ltr' | 'rtl' = 'ltr') {
  const errand = errandOf('book-visit')
  if (!errand) throw new Error('no book-visit errand')
  const locale = dir === 'rtl' ? 'ar' : 'en'
  const actions = {
    activate: vi.fn(),
    submit: vi.fn(),
    back: vi.fn(),
    setEntry: vi.fn(),
    toggleOption: vi.fn(),
    noteInput: vi.fn(),
  }
  const env: PageEnv = {
    locale,
    t: (key, params) => translate(locale, key, params),
    task: errand.task,
    pages: errand.pages,
    stage,
    step: errand.task.steps.find((step) => step.stage === stage),
    completed: false,
    feedbackKey: null,
    entries: {},
    values,
    activeField: null,
    practice: { 'guardian-name': 'Amir Exempelsson' },
    sessionId: '00000000-0000-4000-8000-00000000abcd',
    startedAt: Date.UTC(2026, 11, 7, 9),
    actions,
  }
  const registry = createInteractableRegistry()
  const renderer = await ReactThreeTestRenderer.create(
    <InteractableRegistryProvider registry={registry}>
      <KitProvider settings={{ ...DEFAULT_KIT, dir }}>
        <PageEnvProvider value={env}>
          <Panel width={1}>
            <PageView />
          </Panel>
        </PageEnvProvider>
      </KitProvider>
    </InteractableRegistryProvider>,
  )
  await settleLayout(renderer)
  return { registry, actions }
}

describe('the page renderer, without the app', () => {
  it('draws a choice from its step rule’s options and sends a pick and Next through the page’s actions', async () => {
    const { registry, actions } = await drawPage('help')
    expect(registry.get('eservice.help.letters-forms')?.name).toBe(
      translate('en', 'eservice.help.letters-forms'),
    )
    expect(registry.get('eservice.help.housing')?.role).toBe('radio')
    registry.get('eservice.help.housing')?.activate()
    expect(actions.setEntry).toHaveBeenCalledWith('help', 'housing')
    registry.get('eservice.help.next')?.activate()
    expect(actions.submit).toHaveBeenCalled()
  })

  it('fills a dialog over its base page, and a press there tells the task which button', async () => {
    const { registry, actions } = await drawPage('cancel-dialog', {
      'visit-day': '2026-12-09',
      'visit-time': '09:30',
    })
    // The dialog's own buttons are the page's controls now; the page under it waits.
    expect(registry.get('eservice.cancel.no')?.name).toBe(translate('en', 'eservice.cancel.no'))
    registry.get('eservice.cancel.yes')?.activate()
    expect(actions.activate).toHaveBeenCalledWith('eservice.cancel.yes')
  })

  it('offers the times of the step’s rule, the taken ones named as taken, and a taken one explains itself', async () => {
    const { registry, actions } = await drawPage('booking-time', { 'visit-day': '2026-12-09' })
    expect(registry.get('eservice.visit-time.0900')?.name).toBe(
      translate('en', 'eservice.time.taken', { time: '09:00' }),
    )
    expect(registry.get('eservice.visit-time.0930')?.name).toBe(
      translate('en', 'eservice.time.free', { time: '09:30' }),
    )
    registry.get('eservice.visit-time.0900')?.activate()
    expect(actions.setEntry).toHaveBeenCalledWith('visit-time', '09:00')
    expect(actions.submit).toHaveBeenCalled()
  })

  it('lays a row out right to left in Arabic', async () => {
    const ltr = await drawPage('booking-time', { 'visit-day': '2026-12-09' }, 'ltr')
    const rtl = await drawPage('booking-time', { 'visit-day': '2026-12-09' }, 'rtl')
    const x = (registry: typeof ltr.registry, id: string) =>
      registry.get(id)?.object.getWorldPosition(new Vector3()).x ?? NaN
    const back = 'eservice.visit-time.change-day'
    const next = 'eservice.visit-time.next'
    expect(x(ltr.registry, back)).toBeLessThan(x(ltr.registry, next))
    expect(x(rtl.registry, back)).toBeGreaterThan(x(rtl.registry, next))
  })
})
