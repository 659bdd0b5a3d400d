import type { NarrationRequest } from '../../narration/narrator'
import { errandOf } from '../../errands/errand-registry'
import type { PageValue } from '../../errands/page-schema'
import { blockText } from '../../errands/page-text'
import { practiceValues } from '../../errands/practice-data'
import type { AppState } from '../../state/app-store'
import type { PageEnv } from './page-env'
import { resolveValue } from './page-values'
import { pageBlocks } from './page-blocks'
import { pageEnvOf } from './use-store-page-env'

/** The text key a page value reads from; a bare value (a reference number) has none of its own. */
function keyOf(value: PageValue): string {
  if (typeof value === 'string') return value
  return 'text' in value ? value.text : 'page.value'
}

/**
 * The page's own text as lines to read aloud, in the order it is drawn (its headings, paragraphs, facts, receipt),
 * with their values filled in as the visitor sees them; empty values are left out.
 */
export function pageNarration(env: PageEnv): NarrationRequest[] {
  const page = env.pages[env.stage]
  if (!page) return []
  return pageBlocks(env.pages, page)
    .flatMap((block) => blockText(block, env.completed))
    .map((value) => ({ key: keyOf(value), locale: env.locale, text: resolveValue(env, value) }))
    .filter((line) => line.text.trim() !== '')
}

/** The running errand's page on show, as lines to read aloud after the step (the "Read again" control). */
export function readPageLines(state: AppState): NarrationRequest[] {
  const errand = errandOf(state.taskId)
  if (!errand || !state.run) return []
  const startedAt = state.run.startedAt
  return pageNarration(pageEnvOf(state, errand, practiceValues(errand.practice, state.locale, startedAt)))
}
