"use server";
import type { FormState } from "@/lib/actions/action-result";
import type { WorkspaceOperation } from "@/lib/actions/workspace-operation";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { archiveMap, restoreMap } from "@/lib/maps/archive-map";
import { createMap } from "@/lib/maps/create-map";
import { deleteMap } from "@/lib/maps/delete-map";
import { duplicateMap } from "@/lib/maps/duplicate-map";
import { renameMap } from "@/lib/maps/rename-map";
import { setMapPersona } from "@/lib/maps/set-map-persona";

// Persona map counts and map names show on several workspace pages, so the whole workspace is revalidated.
const run = <R>(operation: WorkspaceOperation<R>, slug: string, input: unknown) =>
  runAsCurrentUser(operation, slug, input, { path: `/w/${slug}`, type: "layout" });

export async function createMapAction(slug: string, _prev: FormState<{ mapId: string }>, form: FormData) {
  return run(createMap, slug, form);
}

export async function renameMapAction(slug: string, input: { mapId: string; name: string }) {
  return run(renameMap, slug, input);
}

export async function duplicateMapAction(slug: string, input: { mapId: string; name: string }) {
  return run(duplicateMap, slug, input);
}

export async function archiveMapAction(slug: string, input: { mapId: string }) {
  return run(archiveMap, slug, input);
}

export async function restoreMapAction(slug: string, input: { mapId: string }) {
  return run(restoreMap, slug, input);
}

export async function deleteMapAction(slug: string, input: { mapId: string }) {
  return run(deleteMap, slug, input);
}

export async function setMapPersonaAction(slug: string, input: { mapId: string; personaId: string | null }) {
  return run(setMapPersona, slug, input);
}
