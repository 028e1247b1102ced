import { lookup } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";

/** Addresses a webhook may not reach unless the workspace allows private targets (SSRF guard). */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv6");
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 6) {
    // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as IPv4.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return PRIVATE.check(mapped[1]!, "ipv4");
    return PRIVATE.check(address, "ipv6");
  }
  return PRIVATE.check(address, "ipv4");
}

export type TargetCheck = { ok: true; url: URL } | { ok: false; reason: "INVALID_URL" | "HTTPS_REQUIRED" | "PRIVATE_TARGET" };

/** Whether an address may be registered: HTTPS, and no literal private address unless allowed. */
export function checkWebhookUrl(raw: string, allowPrivate: boolean): TargetCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "INVALID_URL" };
  }
  if (url.username || url.password || !["https:", "http:"].includes(url.protocol)) return { ok: false, reason: "INVALID_URL" };
  if (!allowPrivate && url.protocol !== "https:") return { ok: false, reason: "HTTPS_REQUIRED" };
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && (isIP(host) ? isPrivateAddress(host) : host === "localhost" || host.endsWith(".localhost"))) return { ok: false, reason: "PRIVATE_TARGET" };
  return { ok: true, url };
}

/**
 * A DNS lookup for the outgoing request that refuses private answers. It runs when the
 * socket connects, so a name that resolved to a public address when it was registered
 * and to 127.0.0.1 now (DNS rebinding) is still refused.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as Array<{ address: string; family: number }>;
      const usable = allowPrivate ? list : list.filter((a) => !isPrivateAddress(a.address));
      if (usable.length === 0) {
        const refused = Object.assign(new Error(`refused: ${hostname} resolves to a private address`), { code: "PRIVATE_TARGET" });
        return callback(refused, "", 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: typeof usable) => void)(null, usable);
      callback(null, usable[0]!.address, usable[0]!.family);
    });
  };
}
