import { Map as MapIcon } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TListMapsQuery } from "@/lib/maps/schemas";

/** What an empty list says depends on why it is empty: a search, the archive, or no maps at all. */
export async function MapListEmpty({ query, clearSearchHref, canWrite }: { query: TListMapsQuery; clearSearchHref: string; canWrite: boolean }) {
  const t = await getTranslations("mapList");
  return (
    <div className="grid justify-items-center gap-2 rounded-lg border border-dashed border-border p-10 text-center">
      <MapIcon className="h-8 w-8 text-muted-foreground" aria-hidden />
      {query.q ? (
        <>
          <p className="font-medium">{t("noResults", { query: query.q })}</p>
          <Link href={clearSearchHref} className="text-sm text-primary underline-offset-4 hover:underline">
            {t("clearSearch")}
          </Link>
        </>
      ) : query.status === "archived" ? (
        <p className="font-medium">{t("emptyArchived")}</p>
      ) : (
        <>
          <p className="font-medium">{t("empty")}</p>
          <p className="max-w-md text-sm text-muted-foreground">{canWrite ? t("emptyHint") : t("emptyReadOnly")}</p>
        </>
      )}
    </div>
  );
}
