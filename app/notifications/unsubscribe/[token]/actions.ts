"use server";
import { unsubscribeWithToken } from "@/lib/notifications/preferences";

export async function unsubscribeAction(token: string): Promise<{ ok: boolean }> {
  return { ok: (await unsubscribeWithToken(token)) !== null };
}
