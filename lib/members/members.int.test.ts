import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { invitations, memberships } from "@/db/schema";
import { buildTenantFixture, buildUser } from "@/lib/testing/factories";
import { acceptInvitation, findInvitationByToken } from "./accept-invitation";
import { changeMemberRole } from "./change-member-role";
import { accessChanges, type AccessChange } from "./access-changed";
import { inviteMember } from "./invite-member";
import { leaveWorkspace, removeMember } from "./remove-member";

async function invite(f: Awaited<ReturnType<typeof buildTenantFixture>>, email: string, role = "editor", by = f.owner.id) {
  const result = await inviteMember(by, { slug: f.workspace.slug }, { email, role });
  if (!result.ok) throw new Error(result.error);
  return { ...result.data, token: result.data.url.split("/invite/")[1]! };
}

const roleOf = async (workspaceId: string, userId: string) =>
  (await getDb().select({ role: memberships.role }).from(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId))))[0]?.role;

describe("invitations", () => {
  it("stores only a hash of the token and works once, for the invited address", async () => {
    const f = await buildTenantFixture();
    const invitee = await buildUser();
    const { token, invitationId, mailed } = await invite(f, invitee.email.toUpperCase());
    expect(mailed).toBe(false);
    const [row] = await getDb().select().from(invitations).where(eq(invitations.id, invitationId));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    await expect(acceptInvitation(f.outsider.id, token)).rejects.toMatchObject({ messageKey: "INVITATION_OTHER_EMAIL" });
    await expect(acceptInvitation(null, token)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await acceptInvitation(invitee.id, token)).toEqual({ slug: f.workspace.slug });
    expect(await roleOf(f.workspace.id, invitee.id)).toBe("editor");
    await expect(acceptInvitation(invitee.id, token)).rejects.toMatchObject({ messageKey: "INVITATION_USED" });
    expect(await findInvitationByToken(token)).toMatchObject({ status: "used" });
  });

  it("carries the inviter's rights at acceptance: an admin since demoted or removed grants nothing", async () => {
    const f = await buildTenantFixture();
    const toDemote = await buildUser();
    const toRemove = await buildUser();
    const fromDemoted = await invite(f, toDemote.email, "admin", f.admin.id);
    expect(await changeMemberRole(f.owner.id, { slug: f.workspace.slug }, { userId: f.admin.id, role: "editor" })).toMatchObject({ ok: true });
    await expect(acceptInvitation(toDemote.id, fromDemoted.token)).rejects.toMatchObject({ messageKey: "INVITATION_INVITER_LACKS_RIGHTS" });
    expect(await roleOf(f.workspace.id, toDemote.id)).toBeUndefined();

    const admin2 = await buildUser();
    await getDb().insert(memberships).values({ workspaceId: f.workspace.id, userId: admin2.id, role: "admin" });
    const fromRemoved = await invite(f, toRemove.email, "editor", admin2.id);
    expect(await removeMember(f.owner.id, { slug: f.workspace.slug }, { userId: admin2.id })).toMatchObject({ ok: true });
    await expect(acceptInvitation(toRemove.id, fromRemoved.token)).rejects.toMatchObject({ messageKey: "INVITATION_INVITER_LACKS_RIGHTS" });
    expect(await roleOf(f.workspace.id, toRemove.id)).toBeUndefined();
  });

  it("tells the admin when the invited address already has an account", async () => {
    const f = await buildTenantFixture();
    expect((await invite(f, f.foreignOwner.email)).hasAccount).toBe(true);
    expect((await invite(f, `new-${crypto.randomUUID()}@example.test`)).hasAccount).toBe(false);
  });

  it("refuses expired and unknown invitations", async () => {
    const f = await buildTenantFixture();
    const invitee = await buildUser();
    const { token, invitationId } = await invite(f, invitee.email);
    await getDb().update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, invitationId));
    await expect(acceptInvitation(invitee.id, token)).rejects.toMatchObject({ messageKey: "INVITATION_EXPIRED" });
    await expect(acceptInvitation(invitee.id, "x".repeat(43))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await roleOf(f.workspace.id, invitee.id)).toBeUndefined();
  });

  it("a new invitation to the same address replaces the pending one", async () => {
    const f = await buildTenantFixture();
    const invitee = await buildUser();
    const first = await invite(f, invitee.email);
    const second = await invite(f, invitee.email, "viewer");
    await expect(acceptInvitation(invitee.id, first.token)).rejects.toMatchObject({ messageKey: "INVITATION_REVOKED" });
    await acceptInvitation(invitee.id, second.token);
    expect(await roleOf(f.workspace.id, invitee.id)).toBe("viewer");
  });

  it("admins cannot invite owners; members cannot be invited twice", async () => {
    const f = await buildTenantFixture();
    expect(await inviteMember(f.admin.id, { slug: f.workspace.slug }, { email: "boss@example.test", role: "owner" })).toMatchObject({
      ok: false,
      error: "CANNOT_GRANT_ROLE",
    });
    expect(await inviteMember(f.owner.id, { slug: f.workspace.slug }, { email: f.viewer.email, role: "editor" })).toMatchObject({
      ok: false,
      error: "ALREADY_MEMBER",
    });
    expect(await inviteMember(f.owner.id, { slug: f.workspace.slug }, { email: "x@example.test", role: "superuser" })).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: { role: ["INVALID_ROLE"] },
    });
  });
});

describe("roles and removal", () => {
  it("keeps the last owner", async () => {
    const f = await buildTenantFixture();
    const ref = { slug: f.workspace.slug };
    expect(await changeMemberRole(f.owner.id, ref, { userId: f.owner.id, role: "admin" })).toMatchObject({ ok: false, error: "LAST_OWNER" });
    expect(await leaveWorkspace(f.owner.id, ref, {})).toMatchObject({ ok: false, error: "LAST_OWNER" });
    expect(await roleOf(f.workspace.id, f.owner.id)).toBe("owner");
    // With a second owner, the first may step down.
    expect(await changeMemberRole(f.owner.id, ref, { userId: f.admin.id, role: "owner" })).toMatchObject({ ok: true });
    expect(await changeMemberRole(f.admin.id, ref, { userId: f.owner.id, role: "editor" })).toMatchObject({ ok: true });
    expect(await roleOf(f.workspace.id, f.owner.id)).toBe("editor");
  });

  it("admins cannot demote or remove owners", async () => {
    const f = await buildTenantFixture();
    const ref = { slug: f.workspace.slug };
    expect(await changeMemberRole(f.admin.id, ref, { userId: f.owner.id, role: "viewer" })).toMatchObject({ ok: false, error: "CANNOT_GRANT_ROLE" });
    expect(await removeMember(f.admin.id, ref, { userId: f.owner.id })).toMatchObject({ ok: false, error: "CANNOT_GRANT_ROLE" });
    expect(await roleOf(f.workspace.id, f.owner.id)).toBe("owner");
  });

  it("cannot touch a member of another workspace by id", async () => {
    const f = await buildTenantFixture();
    const ref = { slug: f.workspace.slug };
    expect(await removeMember(f.owner.id, ref, { userId: f.foreignOwner.id })).toMatchObject({ ok: false, error: "MEMBER_NOT_FOUND" });
    expect(await changeMemberRole(f.owner.id, ref, { userId: f.foreignOwner.id, role: "viewer" })).toMatchObject({ ok: false });
    expect(await roleOf(f.otherWorkspace.id, f.foreignOwner.id)).toBe("owner");
  });

  it("announces access changes so open connections can be re-decided", async () => {
    const f = await buildTenantFixture();
    const seen: AccessChange[] = [];
    const listener = (c: AccessChange) => seen.push(c);
    accessChanges().on("change", listener);
    await changeMemberRole(f.owner.id, { slug: f.workspace.slug }, { userId: f.editor.id, role: "viewer" });
    await removeMember(f.owner.id, { slug: f.workspace.slug }, { userId: f.viewer.id });
    accessChanges().off("change", listener);
    expect(seen).toEqual([
      { workspaceId: f.workspace.id, userId: f.editor.id },
      { workspaceId: f.workspace.id, userId: f.viewer.id },
    ]);
  });
});
