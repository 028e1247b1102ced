/**
 * The header through which server.ts hands the caller's address to the app. server.ts
 * deletes whatever a client sent under this name and sets it from the socket (or from a
 * trusted proxy's X-Forwarded-For), so code reading it sees what the server saw.
 */
export const CLIENT_IP_HEADER = "x-journeyboard-client-ip";

/** The caller's address as the server established it; only used as a rate-limit key. */
export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER) ?? "unknown";
}
