import "server-only";
import { and, eq, inArray, isNull, ne, or } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { memberships, sessions, workspaces } from "@/db/schema";
import { notifySessionsEnded } from "@/lib/auth/sessions-ended";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import type { WorkspaceRef } from "@/lib/workspaces/authorize-workspace";
import { AppError } from "@/lib/errors/app-error";
import { isSsoConfigured } from "./oidc-provider";

const zCheckbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
export const ZSsoRequiredInput = z.object({ required: zCheckbox });

/** Whether any of the user's workspaces requires single sign-on (then their password opens nothing). */
export async function isSsoRequiredFor(userId: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ id: workspaces.id })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, userId), eq(workspaces.ssoRequired, true)))
    .limit(1);
  return Boolean(row);
}

async function endNonSsoSessionsOfMembers(workspaceId: string): Promise<number> {
  const members = getDb().select({ userId: memberships.userId }).from(memberships).where(eq(memberships.workspaceId, workspaceId));
  const ended = await getDb()
    .delete(sessions)
    .where(and(inArray(sessions.userId, members), or(isNull(sessions.authMethod), ne(sessions.authMethod, "oidc"))))
    .returning({ id: sessions.sessionToken, userId: sessions.userId });
  const byUser = new Map<string, string[]>();
  for (const s of ended) byUser.set(s.userId, [...(byUser.get(s.userId) ?? []), s.id]);
  for (const [userId, sessionIds] of byUser) notifySessionsEnded({ userId, sessionIds });
  return ended.length;
}

/**
 * Turns "members must sign in through SSO" on or off. Turning it on needs a configured
 * provider and a caller who signed in through it, so nobody locks themselves out.
 */
export function setSsoRequired(caller: { userId: string | null; authMethod: string | null }, workspace: WorkspaceRef, raw: unknown) {
  return workspaceOperation({
    permission: "workspace.update",
    input: ZSsoRequiredInput,
    handler: async (ctx, input) => {
      if (input.required && (!isSsoConfigured() || caller.authMethod !== "oidc")) throw new AppError("CONFLICT", "SSO_REQUIRED_NEEDS_SSO_SESSION");
      await getDb().update(workspaces).set({ ssoRequired: input.required }).where(eq(workspaces.id, ctx.workspaceId));
      // Members signed in some other way are signed out now, not when their session ends.
      const endedSessions = input.required ? await endNonSsoSessionsOfMembers(ctx.workspaceId) : 0;
      return { ...input, endedSessions };
    },
  })(caller.userId, workspace, raw);
}
