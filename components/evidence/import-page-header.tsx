import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MapPicker } from "./map-picker";

/** The top of an evidence import page: back to the evidence of the chosen map, the title, the map picker. */
export async function ImportPageHeader({
  slug,
  title,
  maps,
  current,
}: {
  slug: string;
  title: string;
  maps: Array<{ id: string; name: string }>;
  current: string | null;
}) {
  const t = await getTranslations("evidence");
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="grid gap-1">
        <Link href={`/w/${slug}/evidence${current ? `?map=${current}` : ""}`} className="text-sm text-primary underline-offset-4 hover:underline">
          {t("backToEvidence")}
        </Link>
        <h1 className="text-2xl font-semibold">{title}</h1>
      </div>
      {current && <MapPicker maps={maps} current={current} />}
    </div>
  );
}
