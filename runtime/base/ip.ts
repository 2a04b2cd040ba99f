// IP address texts as bytes, for comparing addresses whatever form they were written in (NO_PROXY
// CIDR ranges, certificate IP subjectAltNames).
import { isIPv4, isIPv6 } from 'node:net';

/** The 4 bytes of an IPv4 address, or null. */
export function ipv4Bytes(s: string): number[] | null {
  if (!isIPv4(s)) return null;
  // four decimal parts, as isIPv4 has checked
  const out = [0, 0, 0, 0];
  let part = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e) part++;
    else out[part] = out[part]! * 10 + (c - 0x30);
  }
  return out;
}

/** The 16 bytes of an IPv6 address (RFC 4291 section 2.2 text forms), or null. */
export function ipv6Bytes(s: string): number[] | null {
  const addr = s.replace(/%.*$/, '');
  if (!isIPv6(addr)) return null;
  let head = addr;
  let tail4: number[] = [];
  const lastColon = addr.lastIndexOf(':');
  const last = addr.slice(lastColon + 1);
  if (last.includes('.')) {
    const b = ipv4Bytes(last);
    if (!b) return null;
    tail4 = b;
    head = addr.slice(0, lastColon + 1) + '0:0';
  }
  const [l, r] = head.includes('::') ? head.split('::') : [head, null];
  const left = l ? l.split(':') : [];
  const right = r ? r.split(':') : [];
  const groups = r === null ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  if (groups.length !== 8) return null;
  const out: number[] = [];
  for (const g of groups) {
    const v = parseInt(g, 16);
    out.push(v >> 8, v & 255);
  }
  if (tail4.length) out.splice(12, 4, ...tail4);
  return out;
}

