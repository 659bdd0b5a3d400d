import { HeldPaper } from '../held-paper'
import { Row, Stack } from '../kit/box'
import { Text } from '../kit/text'
import { useTheme } from '../use-theme'
import { PAPER_LOOKS, type PaperLook } from './document-look'
import type { ResolvedEntry, ResolvedItem, ResolvedSection, ResolvedDocument } from './resolve-document'

import type { Vec3 } from '../../domain/vec3'

/** Props of {@link DocumentView}. */
export interface DocumentViewProps {
  /** The paper, resolved in the visitor's language (`useErrandDocument`). */
  document: ResolvedDocument
  /** Where it lies in the scene when not held: the scene's business. */
  position: Vec3
  /** How it lies when not held (Euler angles). */
  rotation: Vec3
  /** Width in metres; it is as tall as its content. */
  width: number
  /** Width while held on an upright screen. @default width */
  readingWidth?: number
}

/** A label over its value, as a form prints them. */
function Entry({ entry, look }: { entry: ResolvedEntry; look: PaperLook }) {
  const theme = useTheme()
  return (
    <Stack gap={0.002} style={{ minWidth: look.entryWidth }}>
      <Text size={look.small} color={theme.color.mutedText}>
        {entry.label}
      </Text>
      <Text size={look.value} bold nowrap={entry.verbatim}>
        {entry.value}
      </Text>
    </Stack>
  )
}

/** One block: entries side by side (or on a tinted band), a paragraph, or lines one under the other. */
function Item({ item, look }: { item: ResolvedItem; look: PaperLook }) {
  const theme = useTheme()
  if (item.kind === 'paragraph') return <Text size={look.body}>{item.text}</Text>
  if (item.kind === 'list') {
    return (
      <Stack gap={0.002}>
        {item.lines.map((line, index) => (
          <Text key={index} size={look.value} bold>
            {line}
          </Text>
        ))}
      </Stack>
    )
  }
  if (item.emphasis) {
    return (
      <Stack gap={look.rowGap / 2}>
        {item.entries.map((entry, index) => (
          <Row
            key={index}
            background={theme.color.tint}
            radius={0.004}
            justify="space-between"
            wrap
            style={{ padding: 0.008, columnGap: 0.008 }}
          >
            <Text size={look.small} style={{ flexShrink: 1 }}>
              {entry.label}
            </Text>
            <Text size={look.emphasis} bold nowrap>
              {entry.value}
            </Text>
          </Row>
        ))}
      </Stack>
    )
  }
  return (
    <Row wrap align="start" gap={look.gap} style={{ rowGap: look.rowGap }}>
      {item.entries.map((entry, index) => (
        <Entry key={index} entry={entry} look={look} />
      ))}
    </Row>
  )
}

function Section({ section, look }: { section: ResolvedSection; look: PaperLook }) {
  const theme = useTheme()
  return (
    <Stack gap={look.rowGap}>
      {section.heading !== null && (
        <Text size={look.small} bold color={theme.color.primary}>
          {section.heading}
        </Text>
      )}
      {section.items.map((item, index) => (
        <Item key={index} item={item} look={look} />
      ))}
    </Stack>
  )
}

/**
 * Any errand's paper (a bill, a letter, an appointment card) drawn from its spec on the held paper with the kit:
 * the sender line, the title, then each section. Picked up, it floats up to be read, as every held paper does.
 */
export function DocumentView({ document, position, rotation, width, readingWidth }: DocumentViewProps) {
  const theme = useTheme()
  const look = PAPER_LOOKS[document.look]
  return (
    <HeldPaper
      id={document.id}
      name={document.name}
      position={position}
      rotation={rotation}
      width={width}
      readingWidth={readingWidth}
    >
      <Stack gap={0.002}>
        {document.sender !== null && (
          <Text size={look.small} color={theme.color.mutedText}>
            {document.sender}
          </Text>
        )}
        <Text size={look.title} bold>
          {document.title}
        </Text>
      </Stack>
      {document.sections.map((section, index) => (
        <Section key={index} section={section} look={look} />
      ))}
    </HeldPaper>
  )
}
