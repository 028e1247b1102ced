import { randomBytes } from "node:crypto";

/** 32 random bytes as base64url: 43 characters, 256 bits, not guessable. */
export function newPublicToken(): string {
  return randomBytes(32).toString("base64url");
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Rejects anything that cannot be a token before it reaches a query. */
export function isPublicTokenShape(value: string): boolean {
  return TOKEN.test(value);
}
