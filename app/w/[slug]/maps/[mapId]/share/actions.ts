"use server";
import type { FormState } from "@/lib/actions/action-result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { createShareLink, revokeShareLink } from "@/lib/sharing/share-links";

export async function createShareLinkAction(slug: string, mapId: string, _prev: FormState<{ url: string }>, form: FormData): Promise<FormState<{ url: string }>> {
  const result = await runAsCurrentUser(createShareLink, slug, { ...Object.fromEntries(form), mapId }, { path: `/w/${slug}/maps/${mapId}/share` });
  return result.ok ? { ok: true, data: { url: result.data.url } } : result;
}

export async function revokeShareLinkAction(slug: string, mapId: string, linkId: string) {
  return runAsCurrentUser(revokeShareLink, slug, { mapId, linkId }, { path: `/w/${slug}/maps/${mapId}/share` });
}
