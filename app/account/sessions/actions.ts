"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { signOut } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/auth/session";
import { endAllUserSessions, endUserSession } from "@/lib/auth/user-sessions";

const ZEndSessionInput = z.object({ sessionId: z.string().min(1).max(200) });

/** Signs one of the user's other browsers out; it is refused on its next request. */
export async function endSessionAction(input: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "UNAUTHORIZED" };
  const parsed = ZEndSessionInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "INVALID_INPUT" };
  if (!(await endUserSession(user.id, parsed.data.sessionId))) return { ok: false, error: "NOT_FOUND" };
  revalidatePath("/account/sessions");
  return { ok: true, data: undefined };
}

/** Ends every session of the user, this one included, and returns to sign-in. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await endAllUserSessions(user.id);
  await signOut({ redirectTo: "/sign-in" });
}
