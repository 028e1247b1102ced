import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { sessions } from "@/db/schema";
import { buildUser } from "@/lib/testing/factories";
import { sessionsEnded, type SessionsEnded } from "./sessions-ended";
import { createUserSession, endAllUserSessions, endUserSession, isLiveSession, listUserSessions, SESSION_MAX_AGE_SECONDS } from "./user-sessions";

const DAY = 24 * 60 * 60 * 1000;

describe("server-side sessions", () => {
  it("are live until ended, and a user ends only their own", async () => {
    const anna = await buildUser();
    const bob = await buildUser();
    const laptop = await createUserSession({ userId: anna.id, userAgent: "Firefox", ip: "203.0.113.1" });
    const phone = await createUserSession({ userId: anna.id, userAgent: "Safari", ip: "203.0.113.2" });
    expect(await isLiveSession(laptop, anna.id)).toBe(true);
    // Another user's id with Anna's session id is no session.
    expect(await isLiveSession(laptop, bob.id)).toBe(false);
    expect(await endUserSession(bob.id, laptop)).toBe(false);
    expect(await isLiveSession(laptop, anna.id)).toBe(true);

    const listed = await listUserSessions(anna.id, phone);
    expect(listed[0]).toMatchObject({ id: phone, current: true, userAgent: "Safari" });
    expect(listed.map((s) => s.id)).toContain(laptop);

    const ended: SessionsEnded[] = [];
    const listener = (e: SessionsEnded) => ended.push(e);
    sessionsEnded().on("ended", listener);
    try {
      expect(await endUserSession(anna.id, laptop)).toBe(true);
      expect(await isLiveSession(laptop, anna.id)).toBe(false);
      expect(await isLiveSession(phone, anna.id)).toBe(true);
      expect(await endAllUserSessions(anna.id, { except: phone })).toBe(1); // the factory's own session
      expect(await isLiveSession(phone, anna.id)).toBe(true);
      expect(await endAllUserSessions(anna.id)).toBe(1);
      expect(await isLiveSession(phone, anna.id)).toBe(false);
    } finally {
      sessionsEnded().off("ended", listener);
    }
    expect(ended.map((e) => e.sessionIds)).toEqual([[laptop], [expect.any(String)], [phone]]);
    expect(await isLiveSession(await createUserSession({ userId: bob.id }), bob.id)).toBe(true);
  });

  it("expire after a week without use, and renew with use", async () => {
    const user = await buildUser();
    const id = await createUserSession({ userId: user.id });
    const [created] = await getDb().select().from(sessions).where(eq(sessions.sessionToken, id));
    expect(created!.expires.getTime() - Date.now()).toBeGreaterThan(SESSION_MAX_AGE_SECONDS * 1000 - 60_000);
    expect(SESSION_MAX_AGE_SECONDS * 1000).toBeLessThan(30 * DAY);
    // Used six days later: still live, and its end moves out by a week from then.
    const sixDaysOn = Date.now() + 6 * DAY;
    expect(await isLiveSession(id, user.id, sixDaysOn)).toBe(true);
    const [renewed] = await getDb().select().from(sessions).where(eq(sessions.sessionToken, id));
    expect(renewed!.expires.getTime()).toBeGreaterThan(sixDaysOn + 6 * DAY);
    // Unused for longer than a week after that: over.
    expect(await isLiveSession(id, user.id, renewed!.expires.getTime() + 1)).toBe(false);
  });

  it("forgets the user's expired sessions at the next sign-in", async () => {
    const user = await buildUser();
    const old = await createUserSession({ userId: user.id });
    await getDb().update(sessions).set({ expires: new Date(Date.now() - 1000) }).where(eq(sessions.sessionToken, old));
    await createUserSession({ userId: user.id });
    expect(await getDb().select().from(sessions).where(eq(sessions.sessionToken, old))).toEqual([]);
  });
});
