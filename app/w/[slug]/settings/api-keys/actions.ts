"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/action-result";
import { getCurrentUserId } from "@/lib/auth/session";
import { createApiKey, revokeApiKey } from "@/lib/api/keys/manage-api-keys";

export async function createApiKeyAction(slug: string, _prev: FormState<{ key: string; name: string }>, form: FormData) {
  const result = await createApiKey(await getCurrentUserId(), { slug }, form);
  if (result.ok) revalidatePath(`/w/${slug}/settings/api-keys`);
  return result;
}

export async function revokeApiKeyAction(slug: string, input: { keyId: string }) {
  const result = await revokeApiKey(await getCurrentUserId(), { slug }, input);
  if (result.ok) revalidatePath(`/w/${slug}/settings/api-keys`);
  return result;
}
