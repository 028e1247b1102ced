import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { memberships, notifications } from "@/db/schema";
import { addComment, editComment } from "@/lib/comments/comment-operations";
import { removeMember } from "@/lib/members/remove-member";
import { buildMap, buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { startSmtpCapture } from "@/lib/testing/smtp-capture";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { countUnread, listInbox, markAllNotificationsRead, markNotification, openNotification } from "./inbox";
import { deliverDailyNotificationDigests, deliverImmediateNotificationEmails } from "./notification-emails";
import { getNotificationPreferences, setNotificationPreferences, unsubscribeToken, unsubscribeWithToken, userOfUnsubscribeToken } from "./preferences";

let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
  process.env.APP_URL = "http://journeyboard.test";
});
afterAll(() => smtp.close());

let f: TenantFixture;
let mapId: string;
const cardId = "0b0f8a55-5d55-4c3e-9a0e-5a1f3c7e2b01";
const otherCard = "0b0f8a55-5d55-4c3e-9a0e-5a1f3c7e2b02";
const ref = () => ({ slug: f.workspace.slug });
const ctxOf = (userId: string) => authorizeWorkspace({ userId, workspace: ref(), permission: "workspace.read" });

async function comment(userId: string, body: string, mentions: string[] = [], card = cardId) {
  const result = await addComment(userId, ref(), { mapId, cardId: card, body, mentions });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}
const inboxOf = async (userId: string) => listInbox(await ctxOf(userId));
const kindsFor = async (userId: string) => (await inboxOf(userId)).map((n) => n.kind);

beforeEach(async () => {
  f = await buildTenantFixture();
  mapId = (await buildMap(f.workspace.id, { name: "Checkout journey" })).id;
});

describe("who hears of a comment", () => {
  it("tells the mentioned member, then everyone in the card's thread of a reply, never the writer", async () => {
    await comment(f.editor.id, "@Admin prices are hidden", [f.admin.id]);
    expect(await kindsFor(f.admin.id)).toEqual(["mention"]);
    expect(await kindsFor(f.editor.id)).toEqual([]);
    expect(await kindsFor(f.owner.id)).toEqual([]);

    // The owner replies in the thread: the writer and the one mentioned there hear of it.
    await comment(f.owner.id, "Agreed, let's fix it");
    expect(await kindsFor(f.editor.id)).toEqual(["reply"]);
    expect(await kindsFor(f.admin.id)).toEqual(["reply", "mention"]);
    // A mention in a reply is one notification (the mention), not two.
    await comment(f.editor.id, "@Viewer @Admin see above", [f.viewer.id, f.admin.id]);
    expect(await kindsFor(f.viewer.id)).toEqual(["mention"]);
    expect(await kindsFor(f.admin.id)).toEqual(["mention", "reply", "mention"]);
    expect(await kindsFor(f.owner.id)).toEqual(["reply"]);

    // Another card's thread is another thread.
    await comment(f.admin.id, "Unrelated", [], otherCard);
    expect(await kindsFor(f.editor.id)).toEqual(["reply"]);

    const [latest] = await inboxOf(f.admin.id);
    expect(latest).toMatchObject({ actorName: f.editor.name, mapName: "Checkout journey", excerpt: "@Viewer @Admin see above", read: false });
  });

  it("tells someone newly mentioned by an edit, and nobody twice", async () => {
    const c = await comment(f.editor.id, "Prices", []);
    await editComment(f.editor.id, ref(), { mapId, commentId: c.id, body: "Prices @Admin", mentions: [f.admin.id] });
    await editComment(f.editor.id, ref(), { mapId, commentId: c.id, body: "Prices, @Admin!", mentions: [f.admin.id] });
    expect(await kindsFor(f.admin.id)).toEqual(["mention"]);
    expect(await editComment(f.editor.id, ref(), { mapId, commentId: c.id, body: "x @Them", mentions: [f.foreignOwner.id] })).toMatchObject({
      ok: false,
      error: "MENTION_NOT_MEMBER",
    });
  });

  it("tells nobody outside the workspace: former members and other workspaces' users get nothing", async () => {
    await comment(f.editor.id, "@Viewer look", [f.viewer.id]);
    expect(await removeMember(f.owner.id, ref(), { userId: f.viewer.id })).toMatchObject({ ok: true });
    await comment(f.owner.id, "Reply after the viewer left");
    const rows = await getDb().select({ userId: notifications.userId, workspaceId: notifications.workspaceId }).from(notifications).where(eq(notifications.mapId, mapId));
    expect(rows.every((r) => r.workspaceId === f.workspace.id)).toBe(true);
    expect(rows.map((r) => r.userId).sort()).toEqual([f.editor.id].sort());
    // The former member's inbox of this workspace is closed to them.
    await expect(ctxOf(f.viewer.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const stranger of [f.foreignOwner.id, f.outsider.id]) {
      expect(await getDb().select().from(notifications).where(eq(notifications.userId, stranger))).toEqual([]);
    }
  });
});

describe("the inbox", () => {
  it("counts unread, marks one or all read, and opens the exact card; nobody else's notification opens", async () => {
    await comment(f.editor.id, "@Admin one", [f.admin.id]);
    await comment(f.editor.id, "@Admin two", [f.admin.id], otherCard);
    const admin = await ctxOf(f.admin.id);
    expect(await countUnread(admin)).toBe(2);
    const [newest, oldest] = await listInbox(admin);
    const [row] = await getDb().select({ commentId: notifications.commentId }).from(notifications).where(eq(notifications.id, newest!.id));
    expect(await openNotification(admin, newest!.id)).toBe(`/w/${f.workspace.slug}/maps/${mapId}?card=${otherCard}&comment=${row!.commentId}`);
    expect(await countUnread(admin)).toBe(1);
    expect(await markNotification(f.admin.id, ref(), { notificationId: newest!.id, read: false })).toMatchObject({ ok: true, data: { unread: 2 } });

    // The owner cannot open or mark the admin's notification; nor can anyone from another workspace.
    await expect(openNotification(await ctxOf(f.owner.id), oldest!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await markNotification(f.owner.id, ref(), { notificationId: oldest!.id, read: true })).toMatchObject({ ok: false, error: "NOTIFICATION_NOT_FOUND" });
    expect(await markNotification(f.foreignOwner.id, ref(), { notificationId: oldest!.id, read: true })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await markAllNotificationsRead(f.owner.id, ref(), {})).toMatchObject({ ok: true, data: { marked: 0 } });
    expect(await countUnread(admin)).toBe(2);

    expect(await markAllNotificationsRead(f.admin.id, ref(), {})).toMatchObject({ ok: true, data: { marked: 2 } });
    expect(await countUnread(admin)).toBe(0);
    expect((await listInbox(admin)).every((n) => n.read)).toBe(true);
  });
});

describe("notification e-mail", () => {
  const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.includes(email));

  it("sends each at once by default, once, with a link to the notification and a working unsubscribe", async () => {
    await comment(f.editor.id, "@Admin prices are hidden", [f.admin.id]);
    await deliverImmediateNotificationEmails();
    await deliverImmediateNotificationEmails();
    const mails = mailsTo(f.admin.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`${f.editor.name} mentioned you on Checkout journey`);
    const [n] = await inboxOf(f.admin.id);
    expect(mails[0]!.text).toContain(`http://journeyboard.test/w/${f.workspace.slug}/notifications/${n!.id}`);
    expect(mails[0]!.text).toContain("prices are hidden");
    expect(mails[0]!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const link = mails[0]!.text.match(/http:\/\/journeyboard\.test\/notifications\/unsubscribe\/(\S+)/);
    expect(userOfUnsubscribeToken(link![1]!)).toBe(f.admin.id);
    expect(await unsubscribeWithToken(link![1]!)).toEqual({ email: f.admin.email });
    expect(await getNotificationPreferences(f.admin.id)).toEqual({ email: "off" });

    await comment(f.editor.id, "@Admin again", [f.admin.id]);
    await deliverImmediateNotificationEmails();
    await deliverDailyNotificationDigests();
    expect(mailsTo(f.admin.email)).toHaveLength(1);
    // The inbox still has it.
    expect(await kindsFor(f.admin.id)).toEqual(["mention", "mention"]);
  });

  it("refuses a forged or altered unsubscribe token", async () => {
    const token = unsubscribeToken(f.admin.id);
    expect(userOfUnsubscribeToken(`${token.slice(0, -2)}xx`)).toBeNull();
    const forged = `${Buffer.from(f.owner.id).toString("base64url")}.${token.split(".")[1]}`;
    expect(await unsubscribeWithToken(forged)).toBeNull();
    expect(await unsubscribeWithToken("nonsense")).toBeNull();
    expect(await getNotificationPreferences(f.owner.id)).toEqual({ email: "immediate" });
  });

  it("gathers a daily digest for those who chose it, in their language, leaving out what they read", async () => {
    await setNotificationPreferences(f.viewer.id, { email: "daily" });
    await getDb().execute(`update users set locale = 'nl' where id = '${f.viewer.id}'`);
    await comment(f.editor.id, "@Viewer een", [f.viewer.id]);
    await comment(f.editor.id, "@Viewer twee", [f.viewer.id], otherCard);
    await comment(f.editor.id, "@Viewer drie (gelezen)", [f.viewer.id], otherCard);
    const [read] = await inboxOf(f.viewer.id);
    await markNotification(f.viewer.id, ref(), { notificationId: read!.id, read: true });

    await deliverImmediateNotificationEmails();
    expect(mailsTo(f.viewer.email)).toHaveLength(0);
    await deliverDailyNotificationDigests();
    await deliverDailyNotificationDigests();
    const mails = mailsTo(f.viewer.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("2");
    expect(mails[0]!.text).toContain("een");
    expect(mails[0]!.text).toContain("twee");
    expect(mails[0]!.text).not.toContain("gelezen");
    expect(mails[0]!.text).toContain("noemde je");
  });

  it("does not mail a former member about the workspace they left", async () => {
    await comment(f.editor.id, "@Viewer look", [f.viewer.id]);
    await getDb().delete(memberships).where(and(eq(memberships.workspaceId, f.workspace.id), eq(memberships.userId, f.viewer.id)));
    await deliverImmediateNotificationEmails();
    expect(mailsTo(f.viewer.email)).toHaveLength(0);
  });
});
