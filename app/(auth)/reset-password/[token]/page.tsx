import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { findLiveAccountToken } from "@/lib/account/account-tokens";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("resetTitle") };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth");
  const live = await findLiveAccountToken("password_reset", token);
  return (
    <AuthCard title={t("resetTitle")}>
      {live ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div className="grid gap-3 text-sm">
          <p role="alert">{t("resetLinkInvalid")}</p>
          <Link className="text-primary underline" href="/forgot-password">
            {t("resetAskAgain")}
          </Link>
        </div>
      )}
    </AuthCard>
  );
}
