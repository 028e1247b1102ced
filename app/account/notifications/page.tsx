import { getTranslations } from "next-intl/server";
import { AccountPage } from "@/components/account/account-page";
import { NotificationPreferencesForm } from "@/components/notifications/notification-preferences-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { canSendMail } from "@/lib/mail/send-mail";
import { getNotificationPreferences } from "@/lib/notifications/preferences";

export async function generateMetadata() {
  const t = await getTranslations("notifications.preferences");
  return { title: t("title") };
}

export default async function NotificationSettingsPage() {
  const user = await requireUser("/account/notifications");
  const t = await getTranslations("notifications.preferences");
  const tAccount = await getTranslations("account");
  const preferences = await getNotificationPreferences(user.id);
  return (
    <AccountPage back={tAccount("back")} title={t("title")} intro={t("intro")} current="notifications">
      <Card className="grid gap-4">
        {!canSendMail() && <p className="rounded-md bg-muted px-3 py-2 text-sm">{t("noMail")}</p>}
        <NotificationPreferencesForm email={preferences.email} />
      </Card>
    </AccountPage>
  );
}
