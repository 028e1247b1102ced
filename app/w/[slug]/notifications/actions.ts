"use server";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { markAllNotificationsRead, markNotification } from "@/lib/notifications/inbox";

export async function markNotificationAction(slug: string, input: { notificationId: string; read: boolean }) {
  return runAsCurrentUser(markNotification, slug, input, { path: `/w/${slug}`, type: "layout" });
}

export async function markAllNotificationsReadAction(slug: string) {
  return runAsCurrentUser(markAllNotificationsRead, slug, {}, { path: `/w/${slug}`, type: "layout" });
}
