import { describe, expect, it } from "vitest";
import { buildTenantFixture } from "@/lib/testing/factories";
import { findInvitationByToken } from "./accept-invitation";
import { invitationToken } from "./invitation-token";
import { inviteMember } from "./invite-member";
import { renewInvitationLink } from "./renew-invitation-link";

const tokenOf = (url: string) => invitationToken(new URL(url).pathname)!;

describe("a new link for a pending invitation", () => {
  it("replaces the lost one: the old link stops working, the new one works", async () => {
    const f = await buildTenantFixture();
    const invited = await inviteMember(f.admin.id, { slug: f.workspace.slug }, { email: `lost-${crypto.randomUUID()}@example.test`, role: "editor" });
    if (!invited.ok) throw new Error(JSON.stringify(invited));
    const renewed = await renewInvitationLink(f.admin.id, { slug: f.workspace.slug }, { invitationId: invited.data.invitationId });
    if (!renewed.ok) throw new Error(JSON.stringify(renewed));
    expect(await findInvitationByToken(tokenOf(invited.data.url))).toBeNull();
    expect((await findInvitationByToken(tokenOf(renewed.data.url)))?.status).toBe("valid");
  });

  it("is for admins of the invitation's own workspace only", async () => {
    const f = await buildTenantFixture();
    const invited = await inviteMember(f.admin.id, { slug: f.workspace.slug }, { email: `x-${crypto.randomUUID()}@example.test`, role: "viewer" });
    if (!invited.ok) throw new Error(JSON.stringify(invited));
    const input = { invitationId: invited.data.invitationId };
    expect(await renewInvitationLink(f.editor.id, { slug: f.workspace.slug }, input)).toMatchObject({ ok: false });
    expect(await renewInvitationLink(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, input)).toMatchObject({ ok: false, error: "INVITATION_NOT_FOUND" });
    expect(await renewInvitationLink(f.outsider.id, { slug: f.workspace.slug }, input)).toMatchObject({ ok: false });
    expect((await findInvitationByToken(tokenOf(invited.data.url)))?.status).toBe("valid");
  });
});
