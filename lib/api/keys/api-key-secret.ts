import { createHash, randomBytes } from "node:crypto";

export const API_KEY_PREFIX = "jb_";
/** How much of a key lists show: enough to tell keys apart, far too little to use. */
const SHOWN_CHARS = 11;

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** A new key: "jb_" + 32 random bytes (base64url). Only its sha256 is stored. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, SHOWN_CHARS), hash: hashApiKey(key) };
}

const KEY_SHAPE = /^jb_[A-Za-z0-9_-]{43}$/;
export const isApiKeyShape = (value: string) => KEY_SHAPE.test(value);
