import "server-only";
import { eq } from "drizzle-orm";
import type * as Y from "yjs";
import { getDb } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { getCards, updateCard } from "@/lib/journey/map-document";

/** Origin of the transaction that turns free-text owners into members. */
export const OWNER_MATCH_ORIGIN = Symbol("assign-opportunity-owners");

/**
 * When a map is loaded: an opportunity whose owner is still free text becomes owned by
 * the member whose name or e-mail that text is (ignoring case and spaces), when exactly
 * one matches. The rest keep their text, shown as "unassigned: …". Done once per card:
 * a matched card has an ownerId and no text any more. Returns card id → member id.
 */
export async function assignOpportunityOwners(args: { workspaceId: string; doc: Y.Doc }): Promise<Map<string, string>> {
  const matched = new Map<string, string>();
  const legacy = getCards(args.doc).filter((c) => c.kind === "opportunity" && !c.ownerId && typeof c.owner === "string" && c.owner.trim() !== "");
  if (legacy.length === 0) return matched;
  const members = await getDb()
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, args.workspaceId));
  const norm = (s: string | null) => (s ?? "").trim().toLocaleLowerCase();
  args.doc.transact(() => {
    for (const card of legacy) {
      const text = norm(card.owner!);
      const hits = members.filter((m) => norm(m.name) === text || norm(m.email) === text);
      if (hits.length !== 1) continue;
      updateCard(args.doc, card.id, { ownerId: hits[0]!.userId, owner: "" });
      matched.set(card.id, hits[0]!.userId);
    }
  }, OWNER_MATCH_ORIGIN);
  return matched;
}
