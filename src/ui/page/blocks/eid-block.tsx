import { EidWaitMessage } from '../../eid/eid-wait-message'
import type { BlockOf } from '../../../errands/page-schema'

/** What the terminal shows while the practice e-ID phone asks; the phone reads the same block (`useEidRequest`). */
export function EidBlock({ block }: { block: BlockOf<'eid'> }) {
  return <EidWaitMessage titleKey={block.title} />
}
