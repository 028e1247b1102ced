import { Archive } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PersonaAvatar } from "@/components/personas/persona-avatar";
import type { PersonaOption } from "@/components/personas/persona-select";
import type { MapListItem } from "@/lib/maps/list-maps";
import { MapActionsMenu } from "./map-actions-menu";

/** The maps as cards: name (a link to the editor), persona, last edit; a menu for those who may change them. */
export async function MapList({
  slug,
  maps,
  personas,
  canWrite,
  canDelete,
}: {
  slug: string;
  maps: MapListItem[];
  personas: PersonaOption[];
  canWrite: boolean;
  canDelete: boolean;
}) {
  const t = await getTranslations("mapList");
  const format = await getFormatter();
  const now = new Date();
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("title")}>
      {maps.map((map) => {
        const when = format.relativeTime(map.updatedAt, now);
        const editor = map.lastEditor?.name ?? map.lastEditor?.email;
        return (
          <li
            key={map.id}
            data-testid="map-card"
            className="relative flex flex-col gap-3 rounded-lg border border-border bg-card p-4 shadow-sm focus-within:ring-2 focus-within:ring-ring hover:border-primary/40"
          >
            <div className="flex items-start gap-2">
              <h2 className="min-w-0 flex-1 text-base font-semibold">
                {/* The link's box covers the card so the whole card opens the map; the menu sits above it. */}
                <Link href={`/w/${slug}/maps/${map.id}`} className="break-words after:absolute after:inset-0 after:rounded-lg focus-visible:outline-none">
                  {map.name}
                </Link>
              </h2>
              {canWrite && (
                <div className="relative z-10 -mr-2 -mt-1">
                  <MapActionsMenu
                    slug={slug}
                    map={{ id: map.id, name: map.name, personaId: map.persona?.id ?? null, archived: map.archivedAt !== null }}
                    personas={personas}
                    canDelete={canDelete}
                  />
                </div>
              )}
            </div>
            <div className="flex items-center gap-2 text-sm">
              {map.persona ? (
                <>
                  <PersonaAvatar name={map.persona.name} color={map.persona.color} size="sm" />
                  <span>
                    <span className="sr-only">{t("persona")}: </span>
                    {map.persona.name}
                  </span>
                </>
              ) : (
                <span className="text-muted-foreground">{t("noPersona")}</span>
              )}
            </div>
            <div className="mt-auto flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
              {map.archivedAt && (
                <span className="inline-flex items-center gap-1 rounded bg-muted px-1.5 py-0.5 font-medium text-foreground">
                  <Archive className="h-3 w-3" aria-hidden />
                  {t("archivedBadge")}
                </span>
              )}
              <time dateTime={map.updatedAt.toISOString()} title={format.dateTime(map.updatedAt, { dateStyle: "medium", timeStyle: "short" })}>
                {editor ? t("editedBy", { when, name: editor }) : t("edited", { when })}
              </time>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
