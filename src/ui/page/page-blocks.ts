import type { PageBlock, PageSpec, PagesSpec } from '../../errands/page-schema'

// Apart from the renderer (page-view.tsx): the narration and the page read aloud list a page's blocks too, and
// should not pull every block's component into the page's first script with them.
/** A page's blocks, its base page's first (a dialog drawn over the page it belongs to). */
export function pageBlocks(pages: PagesSpec, page: PageSpec): PageBlock[] {
  const base = page.base === undefined ? undefined : pages[page.base]
  return base ? [...pageBlocks(pages, { ...base, base: undefined }), ...page.blocks] : page.blocks
}
