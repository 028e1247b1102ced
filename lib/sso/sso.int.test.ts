import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, memberships, workspaces } from "@/db/schema";
import { checkCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { createUserSession, isLiveSession } from "@/lib/auth/user-sessions";
import { buildTenantFixture, buildUser } from "@/lib/testing/factories";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { addSsoDomain, joinBySsoDomain, loadSsoSettings, removeSsoDomain } from "./sso-domains";
import { setSsoRequired } from "./sso-required";

beforeAll(() => {
  // Configured before anything reads the configuration (a real provider is in e2e/sso.spec.ts).
  process.env.AUTH_OIDC_ISSUER = "http://127.0.0.1:4455";
  process.env.AUTH_OIDC_ID = "test-client";
  process.env.AUTH_OIDC_SECRET = "test-secret";
});

describe("single sign-on domain rules", () => {
  it("admins add one rule per domain; a user signing in through SSO at that domain joins once, audited", async () => {
    const f = await buildTenantFixture();
    const ref = { slug: f.workspace.slug };
    expect(await addSsoDomain(f.admin.id, ref, { domain: "not a domain", role: "editor" })).toMatchObject({ ok: false, fieldErrors: { domain: ["INVALID_DOMAIN"] } });
    expect(await addSsoDomain(f.admin.id, ref, { domain: "acme.nl", role: "owner" })).toMatchObject({ ok: false, fieldErrors: { role: ["INVALID_ROLE"] } });
    const domain = `acme-${crypto.randomUUID().slice(0, 8)}.nl`;
    expect(await addSsoDomain(f.admin.id, ref, { domain: ` @${domain.toUpperCase()} `, role: "editor" })).toEqual({ ok: true, data: { domain, role: "editor" } });
    expect(await addSsoDomain(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, { domain, role: "viewer" })).toMatchObject({ ok: false, error: "DOMAIN_TAKEN" });
    expect(await addSsoDomain(f.editor.id, ref, { domain: `x-${domain}`, role: "viewer" })).toMatchObject({ ok: false, error: "FORBIDDEN" });

    const newcomer = await buildUser({ email: `sam@${domain}` });
    expect(await joinBySsoDomain(newcomer.id, newcomer.email)).toBe(f.workspace.id);
    expect(await joinBySsoDomain(newcomer.id, newcomer.email)).toBeNull();
    const [member] = await getDb().select().from(memberships).where(and(eq(memberships.workspaceId, f.workspace.id), eq(memberships.userId, newcomer.id)));
    expect(member?.role).toBe("editor");
    const joined = await getDb().select().from(auditEvents).where(and(eq(auditEvents.workspaceId, f.workspace.id), eq(auditEvents.action, "member.joined")));
    expect(joined.some((e) => e.actorId === newcomer.id && e.details.via === "sso")).toBe(true);
    const outsider = await buildUser({ email: `eve@other-${domain}` });
    expect(await joinBySsoDomain(outsider.id, outsider.email)).toBeNull();

    const ctx = await authorizeWorkspace({ userId: f.admin.id, workspace: ref, permission: "members.manage" });
    expect(await loadSsoSettings(ctx)).toEqual({ domains: [{ domain, role: "editor" }], required: false });
    expect(await removeSsoDomain(f.admin.id, ref, { domain })).toMatchObject({ ok: true });
  });
});

describe("SSO required", () => {
  it("can be turned on only from a session that signed in through SSO; then the members' passwords open nothing", async () => {
    const f = await buildTenantFixture();
    const ref = { slug: f.workspace.slug };
    const password = "correct horse 42";
    const member = await buildUser({ passwordHash: await hashPassword(password) });
    await getDb().insert(memberships).values({ workspaceId: f.workspace.id, userId: member.id, role: "editor" });

    expect(await setSsoRequired({ userId: f.admin.id, authMethod: "credentials" }, ref, { required: true })).toMatchObject({ ok: false, error: "SSO_REQUIRED_NEEDS_SSO_SESSION" });
    expect(await setSsoRequired({ userId: f.editor.id, authMethod: "oidc" }, ref, { required: true })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await checkCredentials({ email: member.email, password }, "10.1.1.1")).toMatchObject({ ok: true });

    const passwordSession = await createUserSession({ userId: member.id, authMethod: "credentials" });
    const ssoSession = await createUserSession({ userId: member.id, authMethod: "oidc" });
    const outsiderSession = await createUserSession({ userId: f.foreignOwner.id, authMethod: "credentials" });
    const result = await setSsoRequired({ userId: f.admin.id, authMethod: "oidc" }, ref, { required: true });
    expect(result).toMatchObject({ ok: true, data: { required: true } });
    // Members signed in with a password are signed out at once; SSO sessions and other workspaces' people stay.
    expect(await isLiveSession(passwordSession, member.id)).toBe(false);
    expect(await isLiveSession(ssoSession, member.id)).toBe(true);
    expect(await isLiveSession(outsiderSession, f.foreignOwner.id)).toBe(true);
    expect(await checkCredentials({ email: member.email, password }, "10.1.1.2")).toEqual({ ok: false, reason: "sso_required" });
    // A wrong password is still just wrong: nothing about SSO is said to someone guessing.
    expect(await checkCredentials({ email: member.email, password: "wrong guess" }, "10.1.1.3")).toEqual({ ok: false, reason: "invalid" });

    expect(await setSsoRequired({ userId: f.admin.id, authMethod: "credentials" }, ref, { required: false })).toMatchObject({ ok: true, data: { endedSessions: 0 } });
    const [row] = await getDb().select({ r: workspaces.ssoRequired }).from(workspaces).where(eq(workspaces.id, f.workspace.id));
    expect(row?.r).toBe(false);
  });
});
