import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { getLimiter, tryConsume } from "@/lib/rate-limit/limiter";
import { verifyPassword } from "@/lib/auth/password";

/**
 * For changes that hand over the account (its e-mail address, its deletion): an account
 * with a password must type it again, so an unattended browser is not enough. Accounts
 * that sign in only through a provider have none to type.
 */
export async function assertCurrentPassword(userId: string, password: string | undefined): Promise<void> {
  const [user] = await getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw new AppError("UNAUTHORIZED");
  if (!user.passwordHash) return;
  if (!(await tryConsume(getLimiter("password-recheck", 10, 15 * 60), userId))) throw new AppError("RATE_LIMITED");
  if (!password || !(await verifyPassword(user.passwordHash, password))) {
    throw new AppError("INVALID_INPUT", "INVALID_INPUT", { currentPassword: ["WRONG_PASSWORD"] });
  }
}
