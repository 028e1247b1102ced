import "server-only";
import { forbidden, notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import type { Permission } from "@/lib/permissions/roles";
import { authorizeWorkspace, type WorkspaceContext } from "./authorize-workspace";

/**
 * The page-side use of the one authorization check: signed out → sign-in,
 * not a member → 404, member without the permission → 403.
 */
export async function loadWorkspacePage(slug: string, permission: Permission, path = `/w/${slug}`): Promise<WorkspaceContext> {
  const user = await requireUser(path);
  try {
    return await authorizeWorkspace({ userId: user.id, workspace: { slug }, permission });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
