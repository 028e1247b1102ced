import "server-only";
import { revalidatePath } from "next/cache";
import { getCurrentUserId } from "@/lib/auth/session";
import type { ActionResult } from "./action-result";
import type { WorkspaceOperation } from "./workspace-operation";

/**
 * What a server action does with a workspace operation: run it as the signed-in user and,
 * when it succeeded, refresh the pages under `revalidate` (a path, "layout" for its subtree).
 */
export async function runAsCurrentUser<R>(
  operation: WorkspaceOperation<R>,
  slug: string,
  input: unknown,
  revalidate: { path: string; type?: "layout" | "page" },
): Promise<ActionResult<R>> {
  const result = await operation(await getCurrentUserId(), { slug }, input);
  if (result.ok) revalidatePath(revalidate.path, revalidate.type);
  return result;
}
