"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/action-result";
import { toActionError } from "@/lib/actions/workspace-operation";
import { getCurrentUserId } from "@/lib/auth/session";
import { createWorkspace } from "@/lib/workspaces/create-workspace";

export async function createWorkspaceAction(_prev: FormState, form: FormData): Promise<FormState> {
  let slug: string;
  try {
    slug = (await createWorkspace(await getCurrentUserId(), form)).slug;
  } catch (error) {
    return toActionError(error);
  }
  redirect(`/w/${slug}`);
}
