import type { StaffCommand } from '../../live/protocol'

/**
 * How an HTTP route reaches a connected station: through the live link, once its plugin has started. Made before
 * the plugins, so that every plugin gets the same one in its options.
 */
export interface StationRelay {
  /** Sends a staff command to a station; false when it is not connected (or the live link is not up). */
  send(stationId: string, command: StaffCommand): boolean
  /** Called by the live link's plugin with its hub's sender. */
  attach(send: (stationId: string, command: StaffCommand) => boolean): void
}

export function createStationRelay(): StationRelay {
  let sender: ((stationId: string, command: StaffCommand) => boolean) | null = null
  return {
    send: (stationId, command) => sender?.(stationId, command) ?? false,
    attach(send) {
      sender = send
    },
  }
}
