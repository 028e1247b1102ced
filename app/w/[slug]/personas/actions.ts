"use server";
import type { FormState } from "@/lib/actions/action-result";
import type { WorkspaceOperation } from "@/lib/actions/workspace-operation";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { createPersona } from "@/lib/personas/create-persona";
import { deletePersona } from "@/lib/personas/delete-persona";
import { updatePersona } from "@/lib/personas/update-persona";

// The maps list shows personas too, so the whole workspace is revalidated.
const run = <R>(operation: WorkspaceOperation<R>, slug: string, input: unknown) =>
  runAsCurrentUser(operation, slug, input, { path: `/w/${slug}`, type: "layout" });

/** Creates, or with a personaId in the form updates, a persona. */
export async function savePersonaAction(slug: string, _prev: FormState<{ personaId: string }>, form: FormData) {
  return form.get("personaId") ? run(updatePersona, slug, form) : run(createPersona, slug, form);
}

export async function deletePersonaAction(slug: string, input: { personaId: string }) {
  return run(deletePersona, slug, input);
}
