import type { ErrandFile } from '../../errands/errand-file'
import type { ConsoleLink } from '../console-link'

/**
 * Sends a draft to a paired station to run at once as a preview (`preview-errand`), or ends the preview
 * (`end-preview`), as staff commands over the live link: the server checks the file before it relays it. The
 * one place the studio talks to the live link. False means "not sent" (the link is down).
 */
export function sendPreview(
  link: ConsoleLink,
  message:
    | { type: 'preview-errand'; stationId: string; file: ErrandFile }
    | { type: 'end-preview'; stationId: string },
): boolean {
  return message.type === 'preview-errand'
    ? link.command(message.stationId, { type: 'preview-errand', file: message.file })
    : link.command(message.stationId, { type: 'end-preview' })
}
