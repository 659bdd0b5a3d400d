import { describe, expect, it } from 'vitest'
import { pageSchema, pagesSchema } from '../../../../src/ui/page/page-schema'

const issues = (result: {
  success: boolean
  error?: { issues: { path: PropertyKey[]; message: string }[] }
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`)

describe('the page schema', () => {
  it('takes a page of every kind of block, with values from the practice data, fields and the visit', () => {
    const page = {
      progress: 'form.title',
      loggedIn: true,
      blocks: [
        { type: 'heading', text: { text: 'welcome', params: { city: 'city.name' } } },
        { type: 'text', text: 'intro', look: 'muted', whenDone: true },
        {
          type: 'facts',
          rows: [
            { label: 'who', value: { $practice: 'guardian-name' } },
            { label: 'when', value: { field: 'day', as: 'weekday-date' } },
          ],
        },
        { type: 'choice', id: 'form.help', field: 'help' },
        { type: 'field', id: 'form.field.phone', field: 'phone', label: 'phone', keyboard: 'form.keyboard' },
        { type: 'calendar', id: 'form.day', field: 'day', text: 'day.rule' },
        { type: 'time-slots', id: 'form.time', field: 'time', free: 'free', taken: 'taken' },
        {
          type: 'checkbox',
          id: 'form.ok',
          field: 'ok',
          label: 'ok',
          readMore: {
            id: 'form.more',
            label: 'more',
            title: 't',
            paragraphs: ['p'],
            closeId: 'form.close',
            close: 'close',
          },
        },
        {
          type: 'buttons',
          align: 'space-between',
          buttons: [
            { id: 'form.back', label: 'back', action: 'back' },
            { id: 'form.next', label: 'next', variant: 'primary', action: 'submit' },
          ],
        },
        { type: 'eid', request: 'sign', title: 'open', party: 'city.name', signText: 'what' },
        {
          type: 'receipt',
          title: 'done',
          number: { text: 'case', params: { number: { visitNumber: 'FSK-{year}-' } } },
        },
        {
          type: 'messages',
          id: 'inbox',
          report: 'report',
          messages: [{ id: 'tax', from: 'tax.from', subject: 'tax.subject', unread: true }],
        },
        { type: 'card', title: 'case', lines: ['line'], badge: 'status' },
        { type: 'feedback' },
        { type: 'custom', component: 'catalogue' },
        {
          type: 'dialog',
          title: 'sure',
          blocks: [{ type: 'text', text: 'really' }],
          buttons: [{ id: 'form.yes', label: 'yes' }],
        },
      ],
    }
    expect(issues(pageSchema.safeParse(page))).toEqual([])
  })

  it('refuses an unknown block, naming where it is', () => {
    const result = pagesSchema.safeParse({
      home: {
        blocks: [
          { type: 'heading', text: 'hi' },
          { type: 'video', src: 'x' },
        ],
      },
    })
    expect(issues(result)[0]).toMatch(/^home\.blocks\.1\.type: /)
  })

  it('refuses a button without an id, an id with capitals, and a page with no blocks', () => {
    expect(
      issues(pageSchema.safeParse({ blocks: [{ type: 'buttons', buttons: [{ label: 'x' }] }] })),
    ).toContainEqual(expect.stringMatching(/^blocks\.0\.buttons\.0\.id: /))
    expect(
      issues(pageSchema.safeParse({ blocks: [{ type: 'choice', id: 'Form.Help', field: 'help' }] })),
    ).toContainEqual('blocks.0.id: use lower-case letters, digits, dots and dashes')
    expect(issues(pageSchema.safeParse({ blocks: [] }))[0]).toMatch(/^blocks: /)
  })

  it('takes text only: no HTML-like or unknown keys in a block, and no address in a reference prefix', () => {
    expect(
      issues(pageSchema.safeParse({ blocks: [{ type: 'text', text: 'a', html: '<b>x</b>' }] }))[0],
    ).toMatch(/^blocks\.0: /)
    expect(
      issues(
        pageSchema.safeParse({ blocks: [{ type: 'text', text: { visitNumber: 'https://x.example/' } }] }),
      ),
    ).not.toEqual([])
  })
})
