import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";
import { CLIENT_IP_HEADER } from "@/lib/auth/client-ip";

export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * Which peers may tell us the client's address through X-Forwarded-For:
 * TRUSTED_PROXIES is a comma-separated list of addresses, CIDR ranges or the names
 * `loopback`, `linklocal` and `uniquelocal`. Unset trusts no one: the socket's address counts.
 */
export function compileTrustedProxies(list: string | undefined): TrustProxy {
  const entries = (list ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return entries.length === 0 ? () => false : proxyAddr.compile(entries);
}

/**
 * The client's address as this server can vouch for it: the socket's peer, or, walking
 * X-Forwarded-For from the right, the first address not sent by a trusted proxy.
 */
export function resolveClientAddress(req: IncomingMessage, trust: TrustProxy): string {
  return proxyAddr(req, trust) || "unknown";
}

/** Replaces any client-sent CLIENT_IP_HEADER with the address the server resolved. */
export function stampClientAddress(req: IncomingMessage, trust: TrustProxy): void {
  req.headers[CLIENT_IP_HEADER] = resolveClientAddress(req, trust);
}

/**
 * X-Forwarded-Host/-Proto are believed only from a trusted proxy; for anyone else they
 * are set from the request itself. Auth.js builds its redirects from them, so without
 * this a server listening on 0.0.0.0 redirects browsers to http://0.0.0.0:3000.
 */
export function stampForwardedHost(req: IncomingMessage, trust: TrustProxy): void {
  const peer = req.socket.remoteAddress ?? "";
  if (peer && trust(peer, 0) && req.headers["x-forwarded-host"]) return;
  if (req.headers.host) req.headers["x-forwarded-host"] = req.headers.host;
  req.headers["x-forwarded-proto"] = "encrypted" in req.socket && req.socket.encrypted ? "https" : "http";
}
