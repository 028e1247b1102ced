import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
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
      return input;
    },
  })(caller.userId, workspace, raw);
}
