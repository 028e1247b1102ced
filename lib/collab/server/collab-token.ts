import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/** How long a minted token opens a connection for; an open connection outlives it. */
export const COLLAB_TOKEN_TTL_MS = 60_000;

// Binds the MAC to this one use, so no other signed value of the app passes as a collab token.
const PURPOSE = "journeyboard.collab.v1";

const ZCollabTokenPayload = z.object({
  userId: z.string().min(1),
  mapId: z.uuid(),
  /** The browser session that asked for it: ending that session closes the socket. */
  sessionId: z.string().min(1),
  /** Makes each token single use (TicketLedger). */
  jti: z.uuid(),
  /** Expiry, milliseconds since the epoch. */
  exp: z.number().int().positive(),
});
export type TCollabTokenPayload = z.infer<typeof ZCollabTokenPayload>;

function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value || value.length < 32) throw new Error("AUTH_SECRET is not configured");
  return value;
}

const mac = (body: string) => createHmac("sha256", secret()).update(`${PURPOSE}.${body}`).digest();

/** A signed, purpose-scoped token `<payload>.<mac>` (both base64url) naming the user, their session and the map. */
export function signCollabToken(args: { userId: string; mapId: string; sessionId: string }, now = Date.now()): string {
  const payload: TCollabTokenPayload = {
    userId: args.userId,
    mapId: args.mapId,
    sessionId: args.sessionId,
    jti: randomUUID(),
    exp: now + COLLAB_TOKEN_TTL_MS,
  };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${mac(body).toString("base64url")}`;
}

/**
 * The token's payload when its signature is valid and it has not expired, else null.
 * It says who the user is, nothing about their rights: the caller loads those.
 */
export function verifyCollabToken(token: string, now = Date.now()): TCollabTokenPayload | null {
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const expected = mac(body);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = ZCollabTokenPayload.safeParse(json);
  if (!parsed.success || parsed.data.exp <= now) return null;
  return parsed.data;
}

// Dark enough for white initials and for a cursor line on a light grid.
const PALETTE = ["#b91c1c", "#c2410c", "#a16207", "#15803d", "#0f766e", "#0369a1", "#1d4ed8", "#6d28d9", "#a21caf", "#be185d"];

/** A stable colour per user, so their cursor looks the same in every map and session. */
export function userColor(userId: string): string {
  let hash = 0;
  for (const ch of userId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
