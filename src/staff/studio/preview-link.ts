import type { ErrandFile } from '../../errands/errand-file'
import type { ConsoleLink } from '../console-link'

/**
 * Sends a draft to a paired station to run at once as a preview (`preview-errand`), or ends the preview
 * (`end-preview`). The one place the studio talks to the live link, so wiring it is one change.
 *
 * The live protocol has no such messages yet (they come with the server's half of the studio), so this says so
 * instead of sending: false means "not sent".
 */
export function sendPreview(
  link: ConsoleLink,
  message:
    | { type: 'preview-errand'; stationId: string; file: ErrandFile }
    | { type: 'end-preview'; stationId: string },
): boolean {
  void link
  void message
  return false
}
