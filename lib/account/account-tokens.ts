import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { accountTokens, type AccountTokenPurpose } from "@/db/schema";

const hashToken = (raw: string) => createHash("sha256").update(raw, "utf8").digest("base64url");

/** How long each kind of link works. */
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  password_reset: 60 * 60 * 1000,
  email_change: 24 * 60 * 60 * 1000,
};

/**
 * Creates a single-use link token and returns it (the only time it exists in clear).
 * Issuing a new one revokes the user's earlier unused tokens of the same purpose, so only
 * the latest link works.
 */
export async function issueAccountToken(
  args: { purpose: AccountTokenPurpose; userId: string; newEmail?: string; issuedById?: string },
  tx: Db | Tx = getDb(),
): Promise<string> {
  const raw = randomBytes(32).toString("base64url");
  const now = new Date();
  await tx
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.userId, args.userId), eq(accountTokens.purpose, args.purpose), isNull(accountTokens.usedAt)));
  await tx.insert(accountTokens).values({
    purpose: args.purpose,
    userId: args.userId,
    tokenHash: hashToken(raw),
    newEmail: args.newEmail ?? null,
    issuedById: args.issuedById ?? null,
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[args.purpose]),
  });
  return raw;
}

export type LiveAccountToken = { id: string; userId: string; newEmail: string | null };

const liveWhere = (purpose: AccountTokenPurpose, raw: string, now: Date) =>
  and(eq(accountTokens.tokenHash, hashToken(raw)), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now));

/** The token's row when it is unused and unexpired, without using it (to show the page it opens). */
export async function findLiveAccountToken(purpose: AccountTokenPurpose, raw: string, now = new Date()): Promise<LiveAccountToken | null> {
  if (!raw || raw.length > 100) return null;
  const [row] = await getDb()
    .select({ id: accountTokens.id, userId: accountTokens.userId, newEmail: accountTokens.newEmail })
    .from(accountTokens)
    .where(liveWhere(purpose, raw, now))
    .limit(1);
  return row ?? null;
}

/**
 * Uses the token inside the caller's transaction: one UPDATE that only succeeds while it
 * is unused and unexpired, so two clicks racing each other cannot both win.
 */
export async function consumeAccountToken(tx: Tx, purpose: AccountTokenPurpose, raw: string, now = new Date()): Promise<LiveAccountToken | null> {
  if (!raw || raw.length > 100) return null;
  const [row] = await tx
    .update(accountTokens)
    .set({ usedAt: now })
    .where(liveWhere(purpose, raw, now))
    .returning({ id: accountTokens.id, userId: accountTokens.userId, newEmail: accountTokens.newEmail });
  return row ?? null;
}
