import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-md p-10 text-center">
      <h1 className="mb-2 text-xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="mb-4 text-muted-foreground">{t("FORBIDDEN")}</p>
      <Link className="text-primary underline" href="/">
        {t("backHome")}
      </Link>
    </main>
  );
}
