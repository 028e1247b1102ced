"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult, FormState } from "@/lib/actions/action-result";
import type { WorkspaceOperation } from "@/lib/actions/workspace-operation";
import { getCurrentUserId } from "@/lib/auth/session";
import { createPersona } from "@/lib/personas/create-persona";
import { deletePersona } from "@/lib/personas/delete-persona";
import { updatePersona } from "@/lib/personas/update-persona";

// The maps list shows personas too, so the whole workspace is revalidated.
async function run<R>(operation: WorkspaceOperation<R>, slug: string, input: unknown): Promise<ActionResult<R>> {
  const result = await operation(await getCurrentUserId(), { slug }, input);
  if (result.ok) revalidatePath(`/w/${slug}`, "layout");
  return result;
}

/** Creates, or with a personaId in the form updates, a persona. */
export async function savePersonaAction(slug: string, _prev: FormState<{ personaId: string }>, form: FormData) {
  return form.get("personaId") ? run(updatePersona, slug, form) : run(createPersona, slug, form);
}

export async function deletePersonaAction(slug: string, input: { personaId: string }) {
  return run(deletePersona, slug, input);
}
