"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/action-result";
import { getCurrentUserId } from "@/lib/auth/session";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";

export async function renameWorkspaceAction(slug: string, _prev: FormState<{ name: string }>, form: FormData) {
  const result = await renameWorkspace(await getCurrentUserId(), { slug }, form);
  if (result.ok) revalidatePath(`/w/${slug}`, "layout");
  return result;
}
