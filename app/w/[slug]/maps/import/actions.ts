"use server";
import { revalidatePath } from "next/cache";
import { getCurrentUserId } from "@/lib/auth/session";
import { importMap } from "@/lib/map-files/import-map";

export async function importMapAction(slug: string, input: { file: string; name?: string }) {
  const result = await importMap(await getCurrentUserId(), { slug }, input);
  if (result.ok) revalidatePath(`/w/${slug}`, "layout");
  return result;
}
