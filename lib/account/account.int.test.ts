import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { accountTokens, auditEvents, mapComments, memberships, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createUserSession, isLiveSession } from "@/lib/auth/user-sessions";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { issueMemberResetLink } from "@/lib/members/issue-reset-link";
import { buildMember, buildTenantFixture, buildUser, buildWorkspace } from "@/lib/testing/factories";
import { startSmtpCapture } from "@/lib/testing/smtp-capture";
import { consumeAccountToken, issueAccountToken } from "./account-tokens";
import { confirmEmailChange, requestEmailChange } from "./change-email";
import { deleteAccount, workspacesOnlyOwnedBy } from "./delete-account";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { loadProfile, updateProfile } from "./profile";

const PASSWORD = "correct horse 42";
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

beforeAll(async () => {
  // A real mail server; set before anything reads the configuration.
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
  process.env.APP_URL = "http://journeyboard.test";
});
afterAll(() => smtp.close());

const tokenOf = (url: string) => url.split("/").at(-1)!;

describe("forgot password", () => {
  it("mails a link that sets a new password once, ends every session, and answers alike for unknown addresses", async () => {
    const anna = await buildUser({ passwordHash: await hashPassword(PASSWORD) });
    const session = await createUserSession({ userId: anna.id });

    await (await requestPasswordReset({ email: ` ${anna.email.toUpperCase()} ` }, "10.0.0.1")).deliver();
    const unknown = await requestPasswordReset({ email: "nobody-here@example.test" }, "10.0.0.1");
    await unknown.deliver();
    expect(smtp.mails.some((m) => m.to.includes("nobody-here@example.test"))).toBe(false);

    const link = await smtp.linkFor(anna.email, /http:\/\/journeyboard\.test\/reset-password\/\S+/);
    const token = tokenOf(link);
    const [stored] = await getDb().select().from(accountTokens).where(eq(accountTokens.userId, anna.id));
    expect(stored!.tokenHash).not.toContain(token);

    await expect(resetPassword({ token, newPassword: "short" })).rejects.toMatchObject({ fieldErrors: { newPassword: ["PASSWORD_TOO_SHORT"] } });
    expect(await resetPassword({ token, newPassword: "a brand new secret" })).toEqual({ email: anna.email });
    const [after] = await getDb().select().from(users).where(eq(users.id, anna.id));
    expect(await verifyPassword(after!.passwordHash!, "a brand new secret")).toBe(true);
    expect(await isLiveSession(session, anna.id)).toBe(false);

    await expect(resetPassword({ token, newPassword: "yet another secret" })).rejects.toMatchObject({ messageKey: "RESET_LINK_INVALID" });
  });

  it("refuses an expired link and an earlier link once a newer one was sent", async () => {
    const bob = await buildUser({ passwordHash: await hashPassword(PASSWORD) });
    const first = await issueAccountToken({ purpose: "password_reset", userId: bob.id });
    const second = await issueAccountToken({ purpose: "password_reset", userId: bob.id });
    await expect(resetPassword({ token: first, newPassword: "a brand new secret" })).rejects.toMatchObject({ messageKey: "RESET_LINK_INVALID" });
    const inTwoHours = new Date(Date.now() + 2 * 60 * 60 * 1000);
    expect(await getDb().transaction((tx) => consumeAccountToken(tx, "password_reset", second, inTwoHours))).toBeNull();
    // An e-mail-change token is not a reset token.
    const other = await issueAccountToken({ purpose: "email_change", userId: bob.id, newEmail: "x@example.test" });
    await expect(resetPassword({ token: other, newPassword: "a brand new secret" })).rejects.toMatchObject({ messageKey: "RESET_LINK_INVALID" });
  });

  it("limits how often one address can be sent a link", async () => {
    const email = `limited-${crypto.randomUUID()}@example.test`;
    for (let i = 0; i < 3; i++) await requestPasswordReset({ email }, "10.0.0.2");
    await expect(requestPasswordReset({ email }, "10.0.0.2")).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("a reset link issued by an admin", () => {
  it("is shown once to owners and admins for members they manage, and audited", async () => {
    const f = await buildTenantFixture();
    const ref = { slug: f.workspace.slug };
    const result = await issueMemberResetLink(f.admin.id, ref, { userId: f.editor.id });
    expect(result).toMatchObject({ ok: true });
    const url = result.ok ? result.data.url : "";
    expect(await resetPassword({ token: tokenOf(url), newPassword: "set by the editor" })).toEqual({ email: f.editor.email });
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.workspaceId, f.workspace.id));
    expect(events.map((e) => e.action)).toContain("member.reset_link_issued");

    expect(await issueMemberResetLink(f.admin.id, ref, { userId: f.owner.id })).toMatchObject({ ok: false, error: "CANNOT_GRANT_ROLE" });
    expect(await issueMemberResetLink(f.editor.id, ref, { userId: f.viewer.id })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await issueMemberResetLink(f.foreignOwner.id, ref, { userId: f.viewer.id })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await issueMemberResetLink(f.admin.id, ref, { userId: f.foreignOwner.id })).toMatchObject({ ok: false, error: "MEMBER_NOT_FOUND" });
  });

  it("is refused for a member who also belongs to a workspace the admin does not run", async () => {
    const f = await buildTenantFixture();
    await getDb().insert(memberships).values({ workspaceId: f.otherWorkspace.id, userId: f.viewer.id, role: "viewer" });
    expect(await issueMemberResetLink(f.admin.id, { slug: f.workspace.slug }, { userId: f.viewer.id })).toMatchObject({ ok: false, error: "RESET_OTHER_WORKSPACES" });
    const tokens = await getDb().select().from(accountTokens).where(eq(accountTokens.userId, f.viewer.id));
    expect(tokens).toHaveLength(0);
  });
});

describe("profile and e-mail change", () => {
  it("saves name, colour and language, and refuses what is not on the list", async () => {
    const anna = await buildUser();
    await updateProfile(anna.id, { name: "  Anna de Vries ", avatarColour: "#0e7490", locale: "nl" });
    expect(await loadProfile(anna.id)).toMatchObject({ name: "Anna de Vries", avatarColour: "#0e7490", locale: "nl", hasPassword: false });
    await expect(updateProfile(anna.id, { name: "", avatarColour: "red", locale: "de" })).rejects.toMatchObject({
      fieldErrors: { name: ["REQUIRED"], avatarColour: ["INVALID_COLOUR"], locale: ["INVALID_LOCALE"] },
    });
    expect(await loadProfile(anna.id)).toMatchObject({ name: "Anna de Vries" });
  });

  it("changes the address only when the link sent to the new one is opened, once, and tells the old one", async () => {
    const anna = await buildUser({ passwordHash: await hashPassword(PASSWORD) });
    const newEmail = `anna-new-${crypto.randomUUID()}@example.test`;
    const caller = { userId: anna.id, email: anna.email };
    await expect(requestEmailChange(caller, { newEmail, currentPassword: "wrong" })).rejects.toMatchObject({ fieldErrors: { currentPassword: ["WRONG_PASSWORD"] } });
    await expect(requestEmailChange(caller, { newEmail: anna.email, currentPassword: PASSWORD })).rejects.toMatchObject({ fieldErrors: { newEmail: ["EMAIL_UNCHANGED"] } });
    expect(await requestEmailChange(caller, { newEmail, currentPassword: PASSWORD })).toEqual({ sentTo: newEmail });
    expect((await loadProfile(anna.id))!.email).toBe(anna.email);
    expect(smtp.mails.some((m) => m.to.includes(anna.email) && m.text.includes(newEmail))).toBe(true);

    const link = await smtp.linkFor(newEmail, /http:\/\/journeyboard\.test\/account\/confirm-email\/\S+/);
    expect(await confirmEmailChange({ token: tokenOf(link) })).toEqual({ email: newEmail });
    expect((await loadProfile(anna.id))!.email).toBe(newEmail);
    await expect(confirmEmailChange({ token: tokenOf(link) })).rejects.toMatchObject({ messageKey: "EMAIL_LINK_INVALID" });
  });

  it("refuses to confirm an address another account took in the meantime", async () => {
    const anna = await buildUser();
    const wanted = `wanted-${crypto.randomUUID()}@example.test`;
    const token = await issueAccountToken({ purpose: "email_change", userId: anna.id, newEmail: wanted });
    await buildUser({ email: wanted });
    await expect(confirmEmailChange({ token })).rejects.toMatchObject({ messageKey: "EMAIL_TAKEN" });
  });
});

describe("deleting one's account", () => {
  it("is refused while the user is a workspace's last owner, and names the workspace", async () => {
    const f = await buildTenantFixture();
    const owner = { userId: f.owner.id, email: f.owner.email };
    expect(await workspacesOnlyOwnedBy(f.owner.id)).toEqual([{ name: f.workspace.name, slug: f.workspace.slug }]);
    await expect(deleteAccount(owner, { confirmEmail: f.owner.email })).rejects.toMatchObject({ messageKey: "LAST_OWNER_OF_WORKSPACE" });
    await changeMemberRole(f.owner.id, { slug: f.workspace.slug }, { userId: f.admin.id, role: "owner" });
    expect(await workspacesOnlyOwnedBy(f.owner.id)).toEqual([]);
    await expect(deleteAccount(owner, { confirmEmail: "someone@else.test" })).rejects.toMatchObject({ fieldErrors: { confirmEmail: ["EMAIL_MISMATCH"] } });
    await deleteAccount(owner, { confirmEmail: f.owner.email.toUpperCase() });
    expect(await getDb().select().from(users).where(eq(users.id, f.owner.id))).toEqual([]);
  });

  it("keeps what the user wrote, attributed to nobody, and records it in each workspace's audit log", async () => {
    const workspace = await buildWorkspace();
    await buildMember(workspace.id, "owner");
    const leaver = await buildUser({ passwordHash: await hashPassword(PASSWORD) });
    await getDb().insert(memberships).values({ workspaceId: workspace.id, userId: leaver.id, role: "editor" });
    const { buildMap } = await import("@/lib/testing/factories");
    const map = await buildMap(workspace.id);
    const [comment] = await getDb()
      .insert(mapComments)
      .values({ workspaceId: workspace.id, mapId: map.id, cardId: crypto.randomUUID(), authorId: leaver.id, body: "Still here" })
      .returning();
    const session = await createUserSession({ userId: leaver.id });

    await expect(deleteAccount({ userId: leaver.id, email: leaver.email }, { confirmEmail: leaver.email, currentPassword: "wrong" })).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["WRONG_PASSWORD"] },
    });
    await deleteAccount({ userId: leaver.id, email: leaver.email }, { confirmEmail: leaver.email, currentPassword: PASSWORD });
    expect(await isLiveSession(session, leaver.id)).toBe(false);
    const [kept] = await getDb().select().from(mapComments).where(eq(mapComments.id, comment!.id));
    expect(kept).toMatchObject({ body: "Still here", authorId: null });
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.workspaceId, workspace.id));
    expect(events.find((e) => e.action === "member.account_deleted")).toMatchObject({ actorId: null, details: { role: "editor" } });
  });
});
