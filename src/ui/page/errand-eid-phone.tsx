import { EidPhone, type EidPhoneProps, type EidRequest } from '../eid/eid-phone'
import type { PageEnv } from './page-env'
import { pageBlocks } from './page-blocks'
import { resolveValue } from './page-values'
import type { ErrandPackage } from '../../errands/check-errand'
import { useErrand, useErrandPageEnv } from './use-errand'

/** What the phone asks at the page now: the page's `eid` block, if it has one. */
function requestOf(env: PageEnv): EidRequest | null {
  const page = env.pages[env.stage]
  const block = page && pageBlocks(env.pages, page).find((each) => each.type === 'eid')
  if (block?.type !== 'eid') return null
  return {
    kind: block.request,
    party: resolveValue(env, block.party),
    text: block.signText === undefined ? undefined : resolveValue(env, block.signText),
  }
}

type PhoneProps = Omit<EidPhoneProps, 'request'>

function PhoneOf({ errand, ...props }: PhoneProps & { errand: ErrandPackage }) {
  const env = useErrandPageEnv(errand)
  return <EidPhone {...props} request={requestOf(env)} />
}

/** The practice e-ID phone of a place, asking what the running errand's page asks: any errand, no code. */
export function ErrandEidPhone(props: PhoneProps) {
  const errand = useErrand()
  return errand ? <PhoneOf errand={errand} {...props} /> : <EidPhone {...props} request={null} />
}
