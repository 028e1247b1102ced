import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { parseInput } from "@/lib/actions/parse-input";
import { AppError } from "@/lib/errors/app-error";
import { getLimiter, tryConsume } from "@/lib/rate-limit/limiter";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./password";
import { ZNewPassword } from "./password-rules";
import { endAllUserSessions } from "./user-sessions";

export const ZChangePasswordInput = z
  .object({
    currentPassword: z.string("REQUIRED").min(1, "REQUIRED").max(200, "TOO_LONG"),
    newPassword: ZNewPassword,
  })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "PASSWORD_UNCHANGED" });

/** Wrong current passwords one account may try per 15 minutes before it must wait. */
const ATTEMPTS_PER_15_MIN = 10;

/**
 * Changes the signed-in user's password, which needs the current one, and ends every
 * other session of theirs (their open sockets close): whoever knew the old password and
 * signed in with it is out. The browser that made the change stays signed in.
 */
export async function changePassword(caller: { userId: string; sessionId: string | null }, raw: unknown): Promise<{ endedSessions: number }> {
  const input = parseInput(ZChangePasswordInput, raw);
  if (!(await tryConsume(getLimiter("password-change", ATTEMPTS_PER_15_MIN, 15 * 60), caller.userId))) throw new AppError("RATE_LIMITED");
  const [user] = await getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, caller.userId)).limit(1);
  if (!user) throw new AppError("UNAUTHORIZED");
  if (!user.passwordHash) {
    await burnPasswordCheck(input.currentPassword);
    throw new AppError("INVALID_INPUT", "INVALID_INPUT", { currentPassword: ["PASSWORD_NOT_SET"] });
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("INVALID_INPUT", "INVALID_INPUT", { currentPassword: ["WRONG_PASSWORD"] });
  }
  await getDb().update(users).set({ passwordHash: await hashPassword(input.newPassword) }).where(eq(users.id, caller.userId));
  return { endedSessions: await endAllUserSessions(caller.userId, { except: caller.sessionId }) };
}
