import "server-only";
import { getLimiter, isLimited, tryConsume } from "@/lib/rate-limit/limiter";

// Failed sign-ins: 5 per account and 30 per IP address in 15 minutes.
const perAccount = () => getLimiter("signin-account", 5, 15 * 60);
const perIp = () => getLimiter("signin-ip", 30, 15 * 60);

export async function isSignInBlocked(email: string, ip: string): Promise<boolean> {
  return (await isLimited(perAccount(), email)) || (await isLimited(perIp(), ip));
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  await Promise.all([tryConsume(perAccount(), email), tryConsume(perIp(), ip)]);
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await perAccount().delete(email);
}
