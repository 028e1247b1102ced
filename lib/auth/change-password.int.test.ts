import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { buildUser } from "@/lib/testing/factories";
import { changePassword } from "./change-password";
import { hashPassword, verifyPassword } from "./password";
import { sessionsEnded, type SessionsEnded } from "./sessions-ended";
import { createUserSession, isLiveSession } from "./user-sessions";

const OLD = "old password 123";
const NEW = "new password 456";

describe("changing one's password", () => {
  it("needs the current password, keeps this browser and ends every other session (their sockets hear of it)", async () => {
    const anna = await buildUser({ passwordHash: await hashPassword(OLD) });
    const bob = await buildUser({ passwordHash: await hashPassword(OLD) });
    const here = await createUserSession({ userId: anna.id });
    const stolen = await createUserSession({ userId: anna.id });
    const bobs = await createUserSession({ userId: bob.id });

    await expect(changePassword({ userId: anna.id, sessionId: here }, { currentPassword: "wrong password", newPassword: NEW })).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["WRONG_PASSWORD"] },
    });
    await expect(changePassword({ userId: anna.id, sessionId: here }, { currentPassword: OLD, newPassword: "short" })).rejects.toMatchObject({
      fieldErrors: { newPassword: ["PASSWORD_TOO_SHORT"] },
    });
    await expect(changePassword({ userId: anna.id, sessionId: here }, { currentPassword: OLD, newPassword: OLD })).rejects.toMatchObject({
      fieldErrors: { newPassword: ["PASSWORD_UNCHANGED"] },
    });
    expect(await isLiveSession(stolen, anna.id)).toBe(true);

    const ended: SessionsEnded[] = [];
    const listener = (e: SessionsEnded) => ended.push(e);
    sessionsEnded().on("ended", listener);
    try {
      expect(await changePassword({ userId: anna.id, sessionId: here }, { currentPassword: OLD, newPassword: NEW })).toEqual({ endedSessions: 2 });
    } finally {
      sessionsEnded().off("ended", listener);
    }
    expect(await isLiveSession(here, anna.id)).toBe(true);
    expect(await isLiveSession(stolen, anna.id)).toBe(false);
    expect(await isLiveSession(anna.sessionId, anna.id)).toBe(false);
    expect(await isLiveSession(bobs, bob.id)).toBe(true);
    expect(ended).toEqual([{ userId: anna.id, sessionIds: expect.arrayContaining([stolen, anna.sessionId]) }]);
    const [row] = await getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, anna.id));
    expect(await verifyPassword(row!.hash!, NEW)).toBe(true);
  });

  it("tells an account without a password that there is none to change", async () => {
    const oauthOnly = await buildUser();
    await expect(changePassword({ userId: oauthOnly.id, sessionId: oauthOnly.sessionId }, { currentPassword: "anything at all", newPassword: NEW })).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["PASSWORD_NOT_SET"] },
    });
  });
});
