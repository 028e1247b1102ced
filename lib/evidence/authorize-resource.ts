import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedbackForms, feedbackImports, journeyMaps } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";
import type { Permission } from "@/lib/permissions/roles";
import { authorizeWorkspace, type WorkspaceContext } from "@/lib/workspaces/authorize-workspace";

export type EvidenceResource = { mapId: string } | { formId: string } | { importId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function workspaceOf(resource: EvidenceResource): Promise<string | undefined> {
  const db = getDb();
  if ("mapId" in resource) {
    if (!UUID.test(resource.mapId)) return undefined;
    const [row] = await db.select({ w: journeyMaps.workspaceId }).from(journeyMaps).where(eq(journeyMaps.id, resource.mapId)).limit(1);
    return row?.w;
  }
  if ("formId" in resource) {
    if (!UUID.test(resource.formId)) return undefined;
    const [row] = await db.select({ w: feedbackForms.workspaceId }).from(feedbackForms).where(eq(feedbackForms.id, resource.formId)).limit(1);
    return row?.w;
  }
  if (!UUID.test(resource.importId)) return undefined;
  const [row] = await db.select({ w: feedbackImports.workspaceId }).from(feedbackImports).where(eq(feedbackImports.id, resource.importId)).limit(1);
  return row?.w;
}

/**
 * For routes that receive a resource id rather than a workspace: the workspace comes
 * from the resource's row, then the one authorization check runs on it. A signed-out
 * caller gets UNAUTHORIZED before anything is looked up; an unknown id and an id of a
 * workspace the caller is not in both give NOT_FOUND. Callers still scope their own
 * queries by `ctx.workspaceId`.
 */
export async function authorizeResource(args: {
  userId: string | null | undefined;
  resource: EvidenceResource;
  permission: Permission;
}): Promise<WorkspaceContext> {
  if (!args.userId) throw new AppError("UNAUTHORIZED");
  const workspaceId = await workspaceOf(args.resource);
  if (!workspaceId) throw new AppError("NOT_FOUND");
  return authorizeWorkspace({ userId: args.userId, workspace: { id: workspaceId }, permission: args.permission });
}
