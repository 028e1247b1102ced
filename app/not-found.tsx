import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-md p-10 text-center">
      <h1 className="mb-2 text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mb-4 text-muted-foreground">{t("NOT_FOUND")}</p>
      <Link className="text-primary underline" href="/">
        {t("backHome")}
      </Link>
    </main>
  );
}
