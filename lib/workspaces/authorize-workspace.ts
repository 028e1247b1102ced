import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { hasPermission, type Permission, type Role } from "@/lib/permissions/roles";

export type WorkspaceRef = { slug: string } | { id: string };

/** What every tenant-scoped query works from: ids loaded from the database, never from the client. */
export type WorkspaceContext = {
  userId: string;
  workspaceId: string;
  role: Role;
  workspace: { id: string; name: string; slug: string; locale: string; timeZone: string };
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one authorization check: loads the caller's membership of the workspace and
 * verifies the permission. Non-members get NOT_FOUND so a workspace's existence does
 * not leak; members without the permission get FORBIDDEN.
 */
export async function authorizeWorkspace(args: {
  userId: string | null | undefined;
  workspace: WorkspaceRef;
  permission: Permission;
}): Promise<WorkspaceContext> {
  if (!args.userId) throw new AppError("UNAUTHORIZED");
  const ref = args.workspace;
  if ("id" in ref && !UUID.test(ref.id)) throw new AppError("NOT_FOUND");
  const [row] = await getDb()
    .select({
      role: memberships.role,
      id: workspaces.id,
      name: workspaces.name,
      slug: workspaces.slug,
      locale: workspaces.locale,
      timeZone: workspaces.timeZone,
    })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(
      and(
        eq(memberships.userId, args.userId),
        "slug" in ref ? eq(workspaces.slug, ref.slug) : eq(workspaces.id, ref.id),
      ),
    )
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND");
  if (!hasPermission(row.role, args.permission)) throw new AppError("FORBIDDEN");
  const { role, ...workspace } = row;
  return { userId: args.userId, workspaceId: workspace.id, role, workspace };
}
