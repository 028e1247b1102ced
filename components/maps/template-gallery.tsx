import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LANE_LOOK } from "@/components/editor/lane-look";
import type { TemplatePreview } from "@/lib/journey/templates/template-preview";
import { TEMPLATE_ICONS } from "./template-icons";

/**
 * The first thing a workspace without maps shows: every template as a card with a preview
 * (its lanes in their colours across its phases, how much it holds); a card opens "New map"
 * with that template chosen.
 */
export async function TemplateGallery({ previews }: { previews: TemplatePreview[] }) {
  const t = await getTranslations("mapList");
  return (
    <section aria-labelledby="template-gallery-title" className="grid gap-4">
      <div>
        <h2 id="template-gallery-title" className="text-lg font-semibold">
          {t("gallery.title")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("emptyHint")}</p>
      </div>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {previews.map((p) => {
          const Icon = TEMPLATE_ICONS[p.id];
          return (
            <li key={p.id} className="min-w-0">
              <Link
                href={`?new=${p.id}`}
                scroll={false}
                data-testid="template-card"
                className="grid h-full min-w-0 content-start gap-3 rounded-lg border border-border bg-card p-4 shadow-sm hover:border-primary focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              >
                <span className="flex items-center gap-2">
                  <Icon aria-hidden className="h-5 w-5 shrink-0 text-primary" />
                  <span className="font-medium">{t(`templates.${p.id}.name`)}</span>
                </span>
                <span aria-hidden className="grid min-w-0 gap-1 overflow-hidden rounded-md border border-border bg-background p-2">
                  <span className="flex min-w-0 gap-1">
                    {p.phases.map((phase, i) => (
                      <span key={i} className="min-w-0 flex-1 truncate rounded bg-primary/10 px-1 text-[10px] font-medium">
                        {phase}
                      </span>
                    ))}
                  </span>
                  {p.lanes.map((lane) => (
                    <span key={lane} className="flex min-w-0 gap-1">
                      {p.phases.map((_, i) => (
                        <span key={i} className={`h-1.5 min-w-0 flex-1 rounded-sm ${LANE_LOOK[lane].swatch}`} />
                      ))}
                    </span>
                  ))}
                </span>
                <span className="text-xs text-muted-foreground">{t(`templates.${p.id}.description`)}</span>
                <span className="text-xs text-muted-foreground">{t("gallery.size", { phases: p.phases.length, steps: p.steps, cards: p.cards, kpis: p.kpis })}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
