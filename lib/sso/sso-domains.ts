import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { memberships, workspaces, workspaceSsoDomains } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { notifyAccessChanged } from "@/lib/members/access-changed";
import { canManageRole } from "@/lib/permissions/roles";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const ZSsoDomainInput = z.object({
  domain: z
    .string("REQUIRED")
    .trim()
    .toLowerCase()
    .transform((d) => d.replace(/^@/, ""))
    .pipe(z.string().regex(DOMAIN, "INVALID_DOMAIN")),
  role: z.enum(["admin", "editor", "viewer"], "INVALID_ROLE"),
});
export const ZRemoveSsoDomainInput = z.object({ domain: z.string().trim().toLowerCase().max(253) });

export function listSsoDomains(ctx: WorkspaceContext) {
  return getDb()
    .select({ domain: workspaceSsoDomains.domain, role: workspaceSsoDomains.role })
    .from(workspaceSsoDomains)
    .where(eq(workspaceSsoDomains.workspaceId, ctx.workspaceId))
    .orderBy(asc(workspaceSsoDomains.domain));
}

/** A rule "people signing in through SSO at this domain join with this role"; a domain belongs to one workspace. */
export const addSsoDomain = workspaceOperation({
  permission: "members.manage",
  input: ZSsoDomainInput,
  handler: async (ctx, input) => {
    if (!canManageRole(ctx.role, input.role)) throw new AppError("FORBIDDEN", "CANNOT_GRANT_ROLE");
    const inserted = await getDb().insert(workspaceSsoDomains).values({ workspaceId: ctx.workspaceId, ...input }).onConflictDoNothing().returning();
    if (inserted.length === 0) throw new AppError("CONFLICT", "DOMAIN_TAKEN");
    return input;
  },
});

export const removeSsoDomain = workspaceOperation({
  permission: "members.manage",
  input: ZRemoveSsoDomainInput,
  handler: async (ctx, input) => {
    await getDb().delete(workspaceSsoDomains).where(and(eq(workspaceSsoDomains.workspaceId, ctx.workspaceId), eq(workspaceSsoDomains.domain, input.domain)));
    return { removed: input.domain };
  },
});

/**
 * After a single sign-on, the user joins the workspace whose rule names their e-mail's
 * domain (the identity provider vouched for the address). Existing memberships and roles
 * are left as they are.
 */
export async function joinBySsoDomain(userId: string, email: string): Promise<string | null> {
  const domain = email.split("@").at(-1)?.toLowerCase();
  if (!domain) return null;
  const [rule] = await getDb().select().from(workspaceSsoDomains).where(eq(workspaceSsoDomains.domain, domain)).limit(1);
  if (!rule) return null;
  const joined = await getDb().transaction(async (tx) => {
    const rows = await tx.insert(memberships).values({ workspaceId: rule.workspaceId, userId, role: rule.role }).onConflictDoNothing().returning();
    if (rows.length > 0) {
      await recordAuditEvent(tx, { workspaceId: rule.workspaceId, actorId: userId, action: "member.joined", details: { role: rule.role, via: "sso" } });
    }
    return rows.length > 0;
  });
  if (joined) notifyAccessChanged({ workspaceId: rule.workspaceId, userId });
  return joined ? rule.workspaceId : null;
}

/** What the settings page shows: the workspace's domain rules and whether SSO is required. */
export async function loadSsoSettings(ctx: WorkspaceContext) {
  const [row] = await getDb().select({ required: workspaces.ssoRequired }).from(workspaces).where(eq(workspaces.id, ctx.workspaceId)).limit(1);
  return { domains: await listSsoDomains(ctx), required: row?.required ?? false };
}
