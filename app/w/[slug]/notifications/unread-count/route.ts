import { getCurrentUserId } from "@/lib/auth/session";
import { unreadCountResponse } from "@/lib/notifications/inbox-routes";

/** The bell's count, polled by the header. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return unreadCountResponse({ userId: await getCurrentUserId(), slug });
}
