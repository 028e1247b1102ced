import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { UnsubscribeButton } from "@/components/notifications/unsubscribe-button";
import { findUnsubscribeRecipient } from "@/lib/notifications/preferences";

export async function generateMetadata() {
  const t = await getTranslations("notifications.unsubscribe");
  return { title: t("title") };
}

/**
 * The unsubscribe link of a notification e-mail, without signing in. Opening it changes
 * nothing (mail scanners open links); the button does.
 */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("notifications.unsubscribe");
  const user = await findUnsubscribeRecipient(decodeURIComponent(token));
  return (
    <AuthCard title={t("title")}>
      {user ? (
        <UnsubscribeButton token={decodeURIComponent(token)} email={user.email} />
      ) : (
        <div className="grid gap-3 text-sm">
          <p role="alert">{t("invalid")}</p>
          <Link href="/account/notifications" className="text-primary underline-offset-4 hover:underline">
            {t("settings")}
          </Link>
        </div>
      )}
    </AuthCard>
  );
}
