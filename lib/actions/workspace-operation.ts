import "server-only";
import type { z } from "zod";
import { isAppError } from "@/lib/errors/app-error";
import type { Permission } from "@/lib/permissions/roles";
import { authorizeWorkspace, type WorkspaceContext, type WorkspaceRef } from "@/lib/workspaces/authorize-workspace";
import type { ActionResult } from "./action-result";
import { parseInput } from "./parse-input";
import { logger } from "@/lib/observability/logger";

export type WorkspaceOperation<R> = (
  userId: string | null | undefined,
  workspace: WorkspaceRef,
  rawInput: unknown,
) => Promise<ActionResult<R>>;

/**
 * The layered entry every workspace mutation goes through:
 * errors → caller → membership from the database → permission → zod input → handler.
 * Server actions pass the session's user id; tests call the same function directly.
 */
export function workspaceOperation<S extends z.ZodType, R>(definition: {
  permission: Permission;
  input: S;
  handler: (ctx: WorkspaceContext, input: z.output<S>) => Promise<R>;
}): WorkspaceOperation<R> {
  return async (userId, workspace, rawInput) => {
    try {
      const ctx = await authorizeWorkspace({ userId, workspace, permission: definition.permission });
      const input = parseInput(definition.input, rawInput);
      return { ok: true, data: await definition.handler(ctx, input) };
    } catch (error) {
      return toActionError(error);
    }
  };
}

export function toActionError(error: unknown): { ok: false; error: string; fieldErrors?: Record<string, string[]> } {
  if (isAppError(error)) return { ok: false, error: error.messageKey, fieldErrors: error.fieldErrors };
  logger.error({ err: error }, "workspace operation failed");
  return { ok: false, error: "UNEXPECTED" };
}
