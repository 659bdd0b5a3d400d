/**
 * The practice e-ID's four-digit security code: shown on the service's screen and on the phone, so the visitor
 * learns to check that the two match. The same for the whole visit.
 */
export function eidSecurityCode(sessionId: string): string {
  return String(1000 + (parseInt(sessionId.slice(0, 6), 16) % 9000))
}
