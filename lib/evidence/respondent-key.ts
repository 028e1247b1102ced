import "server-only";
import { createHmac } from "node:crypto";
import { getEnv } from "@/lib/config/env";

export { RESPONDENT_MAX_LENGTH } from "./limits";

/**
 * The canonical form of a respondent identifier, so "Ann@Example.com " and
 * "ann@example.com" are the same person: e-mail addresses are trimmed and lowercased;
 * anything else is a customer number, trimmed, inner spaces removed, lowercased.
 * The kind prefix keeps an e-mail and a customer number that read alike apart.
 */
export function normaliseRespondentIdentifier(raw: string): string | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  if (trimmed.includes("@")) return `email:${trimmed.toLowerCase()}`;
  return `id:${trimmed.replace(/\s+/g, "").toLowerCase()}`;
}

/**
 * The pseudonymous key stored with a response: HMAC-SHA256 of the normalised
 * identifier under FEEDBACK_HASH_SECRET. Repeat respondents share a key; without the
 * secret the key cannot be tied back to a person by guessing addresses. The raw
 * identifier must never be stored — call this at the boundary and drop the input.
 */
export function respondentKey(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const normalised = normaliseRespondentIdentifier(raw);
  if (!normalised) return null;
  return createHmac("sha256", getEnv().FEEDBACK_HASH_SECRET).update(normalised, "utf8").digest("base64url");
}
