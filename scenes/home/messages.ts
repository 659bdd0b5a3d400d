import type { TextKey } from '../../src/i18n/text-key'

/** A part of a message the visitor can point at as the warning sign. */
export type MessagePart = 'sender' | 'text' | 'link' | 'urgency' | 'request'

/** How the message reaches the phone: its screen looks like that app's. */
export type Channel = 'sms' | 'call' | 'email' | 'payment' | 'eid'

/** One practice message: what it shows, whether it is a scam, and which part gives it away. */
export interface PracticeMessage {
  /** Part of step ids and text keys: `home.msg.<id>.<part>`. */
  id: string
  channel: Channel
  verdict: 'scam' | 'safe'
  /** The parts on the screen, top to bottom. */
  parts: readonly MessagePart[]
  /** For a scam: the part that gives it away. */
  sign?: MessagePart
}

/**
 * The messages of "Is this a scam?", in the order they arrive. Every name, number and link is invented; links use
 * the reserved `.example` domain. Each scam teaches one warning sign.
 */
export const PRACTICE_MESSAGES = [
  { id: 'parcel', channel: 'sms', verdict: 'scam', parts: ['sender', 'text', 'link'], sign: 'link' },
  {
    id: 'bank-call',
    channel: 'call',
    verdict: 'scam',
    parts: ['sender', 'text', 'request'],
    sign: 'request',
  },
  {
    id: 'tax-refund',
    channel: 'email',
    verdict: 'scam',
    parts: ['sender', 'text', 'urgency', 'link'],
    sign: 'urgency',
  },
  { id: 'library', channel: 'sms', verdict: 'safe', parts: ['sender', 'text'] },
  {
    id: 'payment-request',
    channel: 'payment',
    verdict: 'scam',
    parts: ['sender', 'text', 'urgency'],
    sign: 'sender',
  },
  { id: 'eid-request', channel: 'eid', verdict: 'scam', parts: ['sender', 'request'], sign: 'request' },
] as const satisfies readonly PracticeMessage[]

export type PracticeMessageId = (typeof PRACTICE_MESSAGES)[number]['id']

type Message = (typeof PRACTICE_MESSAGES)[number]

/**
 * What each part of each message says, as text keys `home.msg.<id>.<part>`. Typed per message: a message's part
 * without a text, or a key missing from the locale files, fails type-checking.
 */
const MESSAGE_TEXTS = {
  parcel: { sender: 'home.msg.parcel.sender', text: 'home.msg.parcel.text', link: 'home.msg.parcel.link' },
  'bank-call': {
    sender: 'home.msg.bank-call.sender',
    text: 'home.msg.bank-call.text',
    request: 'home.msg.bank-call.request',
  },
  'tax-refund': {
    sender: 'home.msg.tax-refund.sender',
    text: 'home.msg.tax-refund.text',
    urgency: 'home.msg.tax-refund.urgency',
    link: 'home.msg.tax-refund.link',
  },
  library: { sender: 'home.msg.library.sender', text: 'home.msg.library.text' },
  'payment-request': {
    sender: 'home.msg.payment-request.sender',
    text: 'home.msg.payment-request.text',
    urgency: 'home.msg.payment-request.urgency',
  },
  'eid-request': { sender: 'home.msg.eid-request.sender', request: 'home.msg.eid-request.request' },
} as const satisfies { readonly [M in Message as M['id']]: Readonly<Record<M['parts'][number], TextKey>> }

/** A message's parts, top to bottom, each with the text key of what it says. */
export function messageParts(id: PracticeMessageId): readonly { part: MessagePart; textKey: TextKey }[] {
  const texts: Readonly<Partial<Record<MessagePart, TextKey>>> = MESSAGE_TEXTS[id]
  const message = PRACTICE_MESSAGES.find((candidate) => candidate.id === id)
  return (message?.parts ?? []).flatMap((part) => {
    const textKey = texts[part]
    return textKey ? [{ part, textKey }] : []
  })
}

/** Interactable ids on the phone. */
export const PHONE_IDS = {
  message: 'home.message',
  part: (part: MessagePart) => `home.part.${part}`,
  scam: 'home.answer.scam',
  safe: 'home.answer.safe',
  next: 'home.next',
} as const
