import "server-only";
import { getDb, type DbOrTx } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
import { parseInput } from "@/lib/actions/parse-input";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { ZCreateWorkspaceInput } from "./schemas";
import { slugify } from "./slug";

/** Creates a workspace with its creator as owner, inside the caller's transaction. */
export async function insertWorkspaceWithOwner(tx: DbOrTx, userId: string, name: string, locale = "en") {
  const taken = await tx.query.workspaces.findFirst({ where: (w, { eq }) => eq(w.slug, slugify(name)), columns: { id: true } });
  const [workspace] = await tx
    .insert(workspaces)
    .values({ name, slug: slugify(name, Boolean(taken)), locale })
    .returning();
  await tx.insert(memberships).values({ workspaceId: workspace!.id, userId, role: "owner" });
  await recordAuditEvent(tx, { workspaceId: workspace!.id, actorId: userId, action: "workspace.created", details: { name } });
  return workspace!;
}

/** Any signed-in user may create a workspace; they become its owner. */
export async function createWorkspace(userId: string | null | undefined, raw: unknown) {
  if (!userId) throw new AppError("UNAUTHORIZED");
  const input = parseInput(ZCreateWorkspaceInput, raw);
  return getDb().transaction((tx) => insertWorkspaceWithOwner(tx, userId, input.name));
}
