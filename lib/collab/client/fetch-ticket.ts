import { z } from "zod";
import { collabTokenUrl, type CollabTicket } from "@/lib/collab/shared/protocol";

const ZCollabTicket = z.object({
  token: z.string().min(1),
  readOnly: z.boolean(),
  user: z.object({ id: z.string().min(1), name: z.string(), color: z.string().regex(/^#[0-9a-f]{6}$/i) }),
}) satisfies z.ZodType<CollabTicket>;

/** Why the editor cannot open the map: the first three are final, `unavailable` is retried. */
export type AccessFailure = "unauthorized" | "forbidden" | "notFound" | "tooLarge";
export type TicketResult = { ok: true; ticket: CollabTicket } | { ok: false; reason: AccessFailure | "unavailable" };

const BY_STATUS: Record<number, AccessFailure> = { 401: "unauthorized", 403: "forbidden", 404: "notFound" };

/** Asks the app for a fresh collaboration ticket; network errors and 5xx are `unavailable`. */
export async function fetchCollabTicket(mapId: string, fetchImpl: typeof fetch = fetch): Promise<TicketResult> {
  let response: Response;
  try {
    response = await fetchImpl(collabTokenUrl(mapId), { cache: "no-store", credentials: "same-origin" });
  } catch {
    return { ok: false, reason: "unavailable" };
  }
  const refused = BY_STATUS[response.status];
  if (refused) return { ok: false, reason: refused };
  if (!response.ok) return { ok: false, reason: "unavailable" };
  const parsed = ZCollabTicket.safeParse(await response.json().catch(() => null));
  return parsed.success ? { ok: true, ticket: parsed.data } : { ok: false, reason: "unavailable" };
}
