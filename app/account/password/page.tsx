import { getTranslations } from "next-intl/server";
import Link from "next/link";
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
    <main className="mx-auto flex min-h-screen max-w-2xl flex-col gap-6 p-6">
      <Link href="/" className="text-sm text-primary underline-offset-4 hover:underline">
        {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("passwordTitle")}</h1>
        <p className="mt-1 text-sm text-muted-foreground">{t("passwordIntro", { email: user.email })}</p>
      </div>
      <PasswordForm />
    </main>
  );
}
