import "server-only";
import { getLimiter, isLimited, tryConsume } from "@/lib/rate-limit/limiter";

/**
 * Failed sign-ins are counted per source, never per account alone: a guesser at one
 * address cannot lock the real owner out, who signs in from their own address as usual.
 * - an address + account pair: each failure slows the next answer (progressive delay),
 *   and after 5 in 15 minutes that pair cools down until the window passes;
 * - an address across accounts: 30 failures in 15 minutes block the address (spraying).
 */
export const FAILURES_PER_SOURCE = 5;
export const FAILURES_PER_ADDRESS = 30;
const WINDOW_SECONDS = 15 * 60;

const perSource = () => getLimiter("signin-source", FAILURES_PER_SOURCE, WINDOW_SECONDS);
const perAddress = () => getLimiter("signin-ip", FAILURES_PER_ADDRESS, WINDOW_SECONDS);
const sourceKey = (email: string, ip: string) => `${ip}|${email}`;

export async function isSignInBlocked(email: string, ip: string): Promise<boolean> {
  return (await isLimited(perSource(), sourceKey(email, ip))) || (await isLimited(perAddress(), ip));
}

/** Milliseconds to hold the answer to a failure: 0, then 250, 500, 1000, capped at 2000. */
export function failureDelayMs(failuresSoFar: number): number {
  if (failuresSoFar <= 1) return 0;
  return Math.min(250 * 2 ** (failuresSoFar - 2), 2000);
}

/** Counts a failure and returns how long to hold the answer. */
export async function recordFailedSignIn(email: string, ip: string): Promise<number> {
  await Promise.all([tryConsume(perSource(), sourceKey(email, ip)), tryConsume(perAddress(), ip)]);
  const res = await perSource().get(sourceKey(email, ip));
  return failureDelayMs(res?.consumedPoints ?? 1);
}

export async function clearFailedSignIns(email: string, ip: string): Promise<void> {
  await perSource().delete(sourceKey(email, ip));
}
