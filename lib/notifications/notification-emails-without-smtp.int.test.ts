import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { notifications } from "@/db/schema";
import { addComment } from "@/lib/comments/comment-operations";
import { buildMap, buildTenantFixture } from "@/lib/testing/factories";
import { deliverImmediateNotificationEmails } from "./notification-emails";

beforeAll(() => {
  delete process.env.SMTP_URL;
});

it("claims nothing without a mail server: the inbox still holds the notification, unsent", async () => {
  const f = await buildTenantFixture();
  const map = await buildMap(f.workspace.id);
  const added = await addComment(f.editor.id, { slug: f.workspace.slug }, { mapId: map.id, cardId: "0b0f8a55-5d55-4c3e-9a0e-5a1f3c7e2b09", body: "@Admin", mentions: [f.admin.id] });
  expect(added.ok).toBe(true);
  expect(await deliverImmediateNotificationEmails()).toEqual({ mails: 0, notifications: 0 });
  const rows = await getDb().select({ emailedAt: notifications.emailedAt }).from(notifications).where(eq(notifications.userId, f.admin.id));
  expect(rows).toEqual([{ emailedAt: null }]);
});
