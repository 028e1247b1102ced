import { getCurrentUser } from "@/lib/auth/session";
import { issueCollabTicket } from "@/lib/collab/server/collab-ticket";
import { jsonRoute } from "@/lib/http/json-route";

/** Mints the short-lived ticket the editor's WebsocketProvider connects with. */
export const GET = jsonRoute(async (_request, { params }: { params: Promise<{ mapId: string }> }) =>
  issueCollabTicket(await getCurrentUser(), (await params).mapId),
);
