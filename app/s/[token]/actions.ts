"use server";
import { cookies, headers } from "next/headers";
import type { FormState } from "@/lib/actions/action-result";
import { toActionError } from "@/lib/actions/workspace-operation";
import { clientIp } from "@/lib/auth/client-ip";
import { SHARE_UNLOCK_COOKIE, UNLOCK_SECONDS, unlockSharedMap } from "@/lib/sharing/shared-map";

export async function unlockShareAction(token: string, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    const { cookie, path } = await unlockSharedMap({ token, ip: clientIp(await headers()), input: Object.fromEntries(form) });
    (await cookies()).set(SHARE_UNLOCK_COOKIE, cookie, { path, maxAge: UNLOCK_SECONDS, httpOnly: true, sameSite: "lax", secure: process.env.APP_URL?.startsWith("https:") });
  } catch (error) {
    return toActionError(error);
  }
  return { ok: true, data: undefined };
}
