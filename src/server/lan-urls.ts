import { networkInterfaces } from 'node:os'
import type { NetworkInterfaceInfo } from 'node:os'

/** The machine's non-internal IPv4 addresses: where headsets on the LAN can reach it. */
export function lanIPv4Addresses(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string[] {
  return Object.values(interfaces)
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address)
}

/** `https://<address>:<port>/` for each LAN address. */
export function lanUrls(httpsPort: number, addresses: readonly string[] = lanIPv4Addresses()): string[] {
  return addresses.map((address) => `https://${address}:${httpsPort}/`)
}
