import type { DocumentLook } from './document-schema'

/** Type sizes (metres, at the normal text size) and spacing of one look of paper. */
export interface PaperLook {
  /** Sender line, labels and headings. */
  small: number
  /** Entry values. */
  value: number
  title: number
  /** The value on an emphasised band (the amount to pay). */
  emphasis: number
  /** Paragraphs. */
  body: number
  /** Space between entries side by side, and between their rows. */
  gap: number
  rowGap: number
  /** An entry's least width, so two sit side by side only where both fit. */
  entryWidth: number
}

/**
 * The looks a document can have, as data. A bill is a small sheet printed large for its few numbers; a letter
 * holds more on a wider sheet; a card is a small, dense appointment card.
 */
export const PAPER_LOOKS: Readonly<Record<DocumentLook, PaperLook>> = {
  bill: {
    small: 0.018,
    value: 0.018,
    title: 0.02,
    emphasis: 0.024,
    body: 0.016,
    gap: 0.012,
    rowGap: 0.012,
    entryWidth: 0.2,
  },
  letter: {
    small: 0.011,
    value: 0.015,
    title: 0.02,
    emphasis: 0.018,
    body: 0.013,
    gap: 0.01,
    rowGap: 0.008,
    entryWidth: 0.2,
  },
  card: {
    small: 0.012,
    value: 0.016,
    title: 0.02,
    emphasis: 0.02,
    body: 0.014,
    gap: 0.01,
    rowGap: 0.008,
    entryWidth: 0.16,
  },
}
