import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { memberships, users, workspaces } from "@/db/schema";
import { inviteMember } from "@/lib/members/invite-member";
import { invitationToken } from "@/lib/members/invitation-token";
import { buildTenantFixture } from "@/lib/testing/factories";
import { signUp } from "./sign-up";

const email = () => `new-${crypto.randomUUID()}@Example.test`;

describe("signUp", () => {
  it("creates the account with a hashed password and a first workspace it owns", async () => {
    const address = email();
    const result = await signUp({ name: "Ada Lovelace", email: address, password: "long enough password" }, "10.9.0.1");
    expect(result.email).toBe(address.toLowerCase());
    const [user] = await getDb().select().from(users).where(eq(users.email, address.toLowerCase()));
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const [member] = await getDb()
      .select({ role: memberships.role, name: workspaces.name, slug: workspaces.slug })
      .from(memberships)
      .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
      .where(eq(memberships.userId, user!.id));
    expect(member).toEqual({ role: "owner", name: "Ada's workspace", slug: result.slug });
  });

  it("joins the inviting workspace at once when signing up from its invitation, without a first workspace of one's own", async () => {
    const f = await buildTenantFixture();
    const address = email().toLowerCase();
    const invited = await inviteMember(f.admin.id, { slug: f.workspace.slug }, { email: address, role: "editor" });
    if (!invited.ok) throw new Error(JSON.stringify(invited));
    const token = invitationToken(new URL(invited.data.url).pathname)!;
    const result = await signUp({ name: "Invited", email: address, password: "long enough password", invitation: token }, "10.9.0.2");
    expect(result.slug).toBe(f.workspace.slug);
    const [user] = await getDb().select().from(users).where(eq(users.email, address));
    const joined = await getDb()
      .select({ role: memberships.role, workspaceId: memberships.workspaceId })
      .from(memberships)
      .where(eq(memberships.userId, user!.id));
    expect(joined).toEqual([{ role: "editor", workspaceId: f.workspace.id }]);
    // The link is used up.
    const again = await signUp({ name: "Twice", email: email(), password: "long enough password", invitation: token }, "10.9.0.2");
    expect(again.slug).toBeNull();
  });

  it("signs up without joining when the invitation cannot be used (another address, unknown link)", async () => {
    const f = await buildTenantFixture();
    const invited = await inviteMember(f.admin.id, { slug: f.workspace.slug }, { email: email(), role: "viewer" });
    if (!invited.ok) throw new Error(JSON.stringify(invited));
    const token = invitationToken(new URL(invited.data.url).pathname)!;
    const other = email().toLowerCase();
    expect((await signUp({ name: "Other", email: other, password: "long enough password", invitation: token }, "10.9.0.4")).slug).toBeNull();
    const [user] = await getDb().select().from(users).where(eq(users.email, other));
    expect(await getDb().select().from(memberships).where(eq(memberships.userId, user!.id))).toEqual([]);
    expect((await signUp({ name: "Nobody", email: email(), password: "long enough password", invitation: "x".repeat(43) }, "10.9.0.4")).slug).toBeNull();
  });

  it("explains bad input per field and writes nothing", async () => {
    const address = `bad-${crypto.randomUUID()}@example.test`;
    await expect(signUp({ name: "", email: "nope", password: "short" }, "10.9.0.3")).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { name: ["REQUIRED"], email: ["INVALID_EMAIL"], password: ["PASSWORD_TOO_SHORT"] },
    });
    await expect(signUp({ name: "X", email: address, password: "short" }, "10.9.0.3")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await getDb().select().from(users).where(eq(users.email, address))).toEqual([]);
  });

  it("refuses a second account for the same e-mail without creating anything", async () => {
    const address = email();
    await signUp({ name: "First", email: address, password: "long enough password" }, "10.9.0.4");
    const before = (await getDb().select({ id: workspaces.id }).from(workspaces)).length;
    await expect(signUp({ name: "Second", email: address.toUpperCase(), password: "another password" }, "10.9.0.4")).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "SIGN_UP_FAILED",
    });
    expect((await getDb().select({ id: workspaces.id }).from(workspaces)).length).toBe(before);
  });
});
