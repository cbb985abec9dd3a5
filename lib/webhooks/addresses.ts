import { BlockList, isIP } from 'node:net'

// Where a webhook may not go: the server's own network. Checked on every address a host name
// resolves to, at delivery time (a name can be re-pointed after it was saved), so an endpoint
// cannot make the server call its own loopback, the cloud metadata service or a private network.

const blocked = new BlockList()
const loopback = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  blocked.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['64:ff9b::', 96], // NAT64 can reach IPv4 private space
] as const)
  blocked.addSubnet(network, prefix, 'ipv6')
loopback.addSubnet('127.0.0.0', 8, 'ipv4')
loopback.addAddress('::1', 'ipv6')

/** IPv4 written inside IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address. */
function normalise(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return { address: mapped[1], family: 'ipv4' }
  return { address, family: isIP(address) === 4 ? 'ipv4' : 'ipv6' }
}

export type AddressVerdict = 'public' | 'loopback' | 'private'

/** Whether an IP address is public, loopback, or in another range a webhook may not reach. */
export function classifyAddress(ip: string): AddressVerdict {
  if (isIP(ip) === 0) return 'private'
  const { address, family } = normalise(ip)
  if (loopback.check(address, family)) return 'loopback'
  return blocked.check(address, family) ? 'private' : 'public'
}
