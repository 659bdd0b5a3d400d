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

/** Interactable ids on the phone. */
export const PHONE_IDS = {
  message: 'home.message',
  part: (part: MessagePart) => `home.part.${part}`,
  scam: 'home.answer.scam',
  safe: 'home.answer.safe',
  next: 'home.next',
} as const
