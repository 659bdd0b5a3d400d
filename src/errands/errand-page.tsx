import type { ReactNode } from 'react'
import { PageEnvProvider } from '../ui/page/page-env'
import { PageView, type CustomBlocks } from '../ui/page/page-view'
import { useStorePageEnv } from '../ui/page/use-store-page-env'
import type { ErrandPackage } from './check-errand'
import { useErrand, usePracticeValues } from './use-errand'

function PageOf({ errand, custom }: { errand: ErrandPackage; custom?: CustomBlocks }) {
  const practice = usePracticeValues(errand)
  const env = useStorePageEnv(errand.task, errand.pages, practice, errand.task.steps[0]?.stage ?? '')
  return (
    <PageEnvProvider value={env}>
      <PageView custom={custom} />
    </PageEnvProvider>
  )
}

/** The running errand's page for its stage, drawn from its package; `fallback` when no errand runs. */
export function ErrandPage({ custom, fallback = null }: { custom?: CustomBlocks; fallback?: ReactNode }) {
  const errand = useErrand()
  return errand ? <PageOf errand={errand} custom={custom} /> : fallback
}
