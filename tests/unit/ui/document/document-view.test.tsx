// @vitest-environment jsdom
import type { Object3D } from 'three'
import { describe, expect, it } from 'vitest'
import { withoutIsolates } from '../../../../src/i18n/bidi'
import { DocumentView } from '../../../../src/ui/document/document-view'
import type { ResolvedDocument } from '../../../../src/ui/document/resolve-document'
import { useErrandDocument } from '../../../../src/ui/document/use-errand-document'
import { ReadingViewProvider } from '../../../../src/ui/reading-view'
import { render3d, type Rendered } from '../../../fixtures/render-3d'
import { createTestStore } from '../../../fixtures/test-store'

/** Every text the panels draw, as troika holds it, without bidi isolates. */
function drawnTexts(renderer: Rendered): string[] {
  const texts: string[] = []
  renderer.scene.instance.traverse((object: Object3D) => {
    const members = (object as Object3D & { _members?: Map<{ text: string }, unknown> })._members
    if (members) for (const member of members.keys()) texts.push(withoutIsolates(member.text))
  })
  return texts
}

const CARD: ResolvedDocument = {
  id: 'test.card',
  look: 'card',
  name: 'Appointment card',
  sender: 'Health centre',
  title: 'Your appointment',
  sections: [
    {
      heading: 'When',
      items: [
        {
          kind: 'entries',
          emphasis: false,
          entries: [
            { label: 'Day', value: '12 December 2026', verbatim: true },
            { label: 'Time', value: '09:30', verbatim: true },
          ],
        },
        { kind: 'entries', emphasis: true, entries: [{ label: 'Fee', value: '200 kr', verbatim: false }] },
      ],
    },
    {
      heading: null,
      items: [
        { kind: 'list', lines: ['Bring ID', 'Come early'] },
        { kind: 'paragraph', text: 'Welcome.' },
      ],
    },
  ],
}

function BankBill() {
  const bill = useErrandDocument('pay-bill')
  return bill && <DocumentView document={bill} position={[0, 0, 0]} rotation={[0, 0, 0]} width={0.24} />
}

describe('DocumentView', () => {
  it('draws every part of any document: sender, title, headings, labels, values, lists and paragraphs', async () => {
    const { renderer, registry } = await render3d(
      <ReadingViewProvider>
        <DocumentView document={CARD} position={[0, 1, 0]} rotation={[0, 0, 0]} width={0.3} />
      </ReadingViewProvider>,
    )
    expect(drawnTexts(renderer).sort()).toEqual(
      [
        'Health centre',
        'Your appointment',
        'When',
        'Day',
        '12 December 2026',
        'Time',
        '09:30',
        'Fee',
        '200 kr',
        'Bring ID',
        'Come early',
        'Welcome.',
      ].sort(),
    )
    expect(registry.get('test.card')?.name).toBe('Appointment card')
  })

  it('draws the bank’s bill from its package, in the visitor’s language, with its due date ten days on', async () => {
    const test = createTestStore()
    test.store.setState({ sessionStartedAt: Date.UTC(2026, 11, 7, 9) })
    const { renderer, registry } = await render3d(
      <ReadingViewProvider>
        <BankBill />
      </ReadingViewProvider>,
      { test, locale: 'en' },
    )
    expect(drawnTexts(renderer)).toEqual([
      'Invoice',
      'Stadens Energi AB',
      'Bankgiro',
      '5050-1055',
      'OCR reference',
      '3100571268',
      'Due date',
      '17 December 2026',
      'Amount to pay',
      '845,00 kr',
    ])
    expect(registry.get('bank.bill')?.name).toBe('Bill from Stadens Energi')
  })
})
