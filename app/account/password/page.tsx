import { getTranslations } from "next-intl/server";
import { AccountPage } from "@/components/account/account-page";
import { PasswordForm } from "@/components/account/password-form";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("passwordTitle") };
}

export default async function PasswordPage() {
  const user = await requireUser("/account/password");
  const t = await getTranslations("account");
  return (
    <AccountPage back={t("back")} title={t("passwordTitle")} intro={t("passwordIntro", { email: user.email })} current="password">
      <PasswordForm />
    </AccountPage>
  );
}
