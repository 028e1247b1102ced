import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ConfirmEmailForm } from "@/components/account/confirm-email-form";
import { findLiveAccountToken } from "@/lib/account/account-tokens";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("confirmEmailTitle") };
}

/**
 * Opening the link shows a button rather than changing the address at once: mail scanners
 * that fetch every link in a message must not confirm it for the reader.
 */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("account");
  const live = await findLiveAccountToken("email_change", token);
  return (
    <AuthCard title={t("confirmEmailTitle")}>
      {live?.newEmail ? <ConfirmEmailForm token={token} email={live.newEmail} /> : <p role="alert" className="text-sm">{t("confirmEmailInvalid")}</p>}
    </AuthCard>
  );
}
