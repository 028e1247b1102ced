import { createHash, randomBytes } from "node:crypto";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A fresh token for the link and the hash that is the only thing stored. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The token of an invitation link path ("/invite/<token>"), or undefined for any other path. */
export function invitationToken(path: string): string | undefined {
  const match = /^\/invite\/([A-Za-z0-9_-]{20,100})$/.exec(path.split("?")[0]!);
  return match?.[1];
}
