import { getCurrentUserId } from "@/lib/auth/session";
import { openNotificationResponse } from "@/lib/notifications/inbox-routes";

/** Opening a notification (from the inbox or an e-mail) marks it read and goes to its card. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; notificationId: string }> }) {
  const { slug, notificationId } = await params;
  return openNotificationResponse({ userId: await getCurrentUserId(), slug, notificationId });
}
