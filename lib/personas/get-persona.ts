import "server-only";
import { and, eq } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db/client";
import { personas } from "@/db/schema";
import { AppError } from "@/lib/errors/app-error";

/** The persona `personaId` of workspace `workspaceId`, or NOT_FOUND (also for another workspace's persona). */
export async function getPersonaOrThrow(args: { workspaceId: string; personaId: string }, db: DbOrTx = getDb()) {
  const [persona] = await db
    .select()
    .from(personas)
    .where(and(eq(personas.workspaceId, args.workspaceId), eq(personas.id, args.personaId)))
    .limit(1);
  if (!persona) throw new AppError("NOT_FOUND", "PERSONA_NOT_FOUND");
  return persona;
}

/**
 * The persona id if the workspace still has that persona, else null. Run inside the
 * transaction that stores the reference: the key share lock keeps the persona from being
 * deleted before that transaction commits.
 */
export async function lockPersona(db: DbOrTx, workspaceId: string, personaId: string | null): Promise<string | null> {
  if (personaId === null) return null;
  const [row] = await db
    .select({ id: personas.id })
    .from(personas)
    .where(and(eq(personas.workspaceId, workspaceId), eq(personas.id, personaId)))
    .limit(1)
    .for("key share");
  return row?.id ?? null;
}

/** Like lockPersona, but a persona the workspace does not own is a field error on the form's persona select. */
export async function assertPersonaInWorkspace(db: DbOrTx, workspaceId: string, personaId: string | null): Promise<void> {
  if (personaId !== null && (await lockPersona(db, workspaceId, personaId)) === null) {
    throw new AppError("INVALID_INPUT", "PERSONA_NOT_FOUND", { personaId: ["PERSONA_NOT_FOUND"] });
  }
}
