import type { ReactNode } from 'react'
import type { PageEnv } from './page-env'
import type { PageBlock } from '../../errands/page-schema'
import { pageBlocks } from './page-blocks'
import { resolveValue } from './page-values'
import type { ErrandPackage } from '../../errands/check-errand'
import { useErrand, useErrandPageEnv } from './use-errand'

/** What a block says as page text; its controls are in the mirror as buttons already. */
function blockText(env: PageEnv, block: PageBlock, key: number): ReactNode {
  switch (block.type) {
    case 'heading':
      return <h2 key={key}>{resolveValue(env, block.text)}</h2>
    case 'text':
      return block.whenDone && !env.completed ? null : <p key={key}>{resolveValue(env, block.text)}</p>
    case 'facts':
      return (
        <dl key={key}>
          {block.rows.map((row, index) => (
            <div key={index}>
              <dt>{resolveValue(env, row.label)}</dt>
              <dd>{resolveValue(env, row.value)}</dd>
            </div>
          ))}
        </dl>
      )
    case 'receipt':
      return (
        <section key={key}>
          <h2>{env.t(block.title)}</h2>
          <p>{resolveValue(env, block.number)}</p>
          {block.lines.map((line, index) => (
            <p key={index}>{resolveValue(env, line)}</p>
          ))}
        </section>
      )
    case 'card':
      return (
        <section key={key}>
          <h3>{resolveValue(env, block.title)}</h3>
          {[...block.lines, ...(block.badge === undefined ? [] : [block.badge])].map((line, index) => (
            <p key={index}>{resolveValue(env, line)}</p>
          ))}
        </section>
      )
    case 'eid':
      return <p key={key}>{env.t(block.title)}</p>
    default:
      return null
  }
}

function ArticleOf({ errand, className }: { errand: ErrandPackage; className?: string }) {
  const env = useErrandPageEnv(errand)
  const page = env.pages[env.stage]
  if (!page) return null
  return (
    <article className={className} data-page={env.stage}>
      {pageBlocks(env.pages, page).map((block, index) => blockText(env, block, index))}
    </article>
  )
}

/**
 * The terminal's page as real page text (its headings, paragraphs, facts and receipt), drawn from the same page
 * spec as the 3D page, so a screen reader or a braille display reads what the screen shows.
 */
export function ErrandPageArticle({ className }: { className?: string }) {
  const errand = useErrand()
  return errand ? <ArticleOf errand={errand} className={className} /> : null
}
