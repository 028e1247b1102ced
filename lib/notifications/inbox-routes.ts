import "server-only";
import { errorResponse, jsonResponse } from "@/lib/api/error-response";
import { isAppError } from "@/lib/errors/app-error";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { countUnread, notificationOpenPath, openNotification } from "./inbox";

export async function unreadCountResponse(args: { userId: string | null; slug: string }): Promise<Response> {
  try {
    const ctx = await authorizeWorkspace({ userId: args.userId, workspace: { slug: args.slug }, permission: "workspace.read" });
    return jsonResponse({ unread: await countUnread(ctx) });
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * A link a person follows, so it answers with pages, not JSON: signed out → sign-in
 * that comes back here; a notification that is gone (or not theirs) → the inbox, which says so.
 */
export async function openNotificationResponse(args: { userId: string | null; slug: string; notificationId: string }): Promise<Response> {
  // A relative Location: behind a proxy the request's own URL may name an inner host.
  const to = (path: string) => new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
  const here = notificationOpenPath(args.slug, args.notificationId);
  if (!args.userId) return to(`/sign-in?callbackUrl=${encodeURIComponent(here)}`);
  try {
    const ctx = await authorizeWorkspace({ userId: args.userId, workspace: { slug: args.slug }, permission: "workspace.read" });
    return to(await openNotification(ctx, args.notificationId));
  } catch (error) {
    if (isAppError(error) && error.messageKey === "NOTIFICATION_NOT_FOUND") return to(`/w/${args.slug}/notifications?gone=1`);
    if (isAppError(error) && error.code === "NOT_FOUND") return to(`/w/${args.slug}/notifications`);
    return errorResponse(error);
  }
}
