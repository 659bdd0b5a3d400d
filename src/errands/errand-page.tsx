import type { ReactNode } from 'react'
import { PageEnvProvider } from '../ui/page/page-env'
import { PageView, type CustomBlocks } from '../ui/page/page-view'
import type { ErrandPackage } from './check-errand'
import { useErrand, useErrandPageEnv } from './use-errand'

function PageOf({ errand, custom }: { errand: ErrandPackage; custom?: CustomBlocks }) {
  const env = useErrandPageEnv(errand)
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
