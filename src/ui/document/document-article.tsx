import type { ResolvedDocument, ResolvedItem } from './resolve-document'

/** Props of {@link DocumentArticle}. */
export interface DocumentArticleProps {
  document: ResolvedDocument
  /** Class of the article: `visually-hidden` in the mirror, the reading view's own class on screen. */
  className?: string
  /** The id of its title, for a dialog that is labelled by it. */
  titleId?: string
}

function Item({ item }: { item: ResolvedItem }) {
  if (item.kind === 'paragraph') return <p>{item.text}</p>
  if (item.kind === 'list') {
    return (
      <ul>
        {item.lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    )
  }
  return (
    <dl className={item.emphasis ? 'document-emphasis' : undefined}>
      {item.entries.map((entry, index) => (
        <div key={index}>
          <dt>{entry.label}</dt>
          <dd className={entry.verbatim ? 'document-verbatim' : undefined}>{entry.value}</dd>
        </div>
      ))}
    </dl>
  )
}

/**
 * A document as real page text: its title, sections, labels and values, for a screen reader or a braille display
 * (in the DOM mirror) and for the phone's reading view. Language and direction come from the page around it.
 */
export function DocumentArticle({ document, className, titleId }: DocumentArticleProps) {
  return (
    <article className={className} data-document={document.id}>
      <header>
        {document.sender !== null && <p className="document-sender">{document.sender}</p>}
        <h2 id={titleId}>{document.title}</h2>
      </header>
      {document.sections.map((section, index) => (
        <section key={index}>
          {section.heading !== null && <h3>{section.heading}</h3>}
          {section.items.map((item, itemIndex) => (
            <Item key={itemIndex} item={item} />
          ))}
        </section>
      ))}
    </article>
  )
}
