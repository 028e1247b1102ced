import { TriangleAlert } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { NewPersonaButton, PersonaActions } from "@/components/personas/persona-actions";
import { PersonaAvatar } from "@/components/personas/persona-avatar";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { hasPermission } from "@/lib/permissions/roles";
import { listPersonas } from "@/lib/personas/list-personas";
import { PERSONA_SOFT_LIMIT } from "@/lib/personas/persona-avatar";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export default async function PersonasPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.personas, `/w/${slug}/personas`);
  const canWrite = hasPermission(ctx.role, "maps.write");
  const canDelete = hasPermission(ctx.role, "maps.delete");
  const personas = await listPersonas(ctx);
  const t = await getTranslations("personas");
  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="max-w-2xl text-sm text-muted-foreground">{t("intro")}</p>
        </div>
        {canWrite && <NewPersonaButton slug={slug} />}
      </div>
      {personas.length > PERSONA_SOFT_LIMIT && (
        <p role="status" className="flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <TriangleAlert className="mt-0.5 h-4 w-4 shrink-0" aria-hidden />
          {t("tooMany", { count: personas.length })}
        </p>
      )}
      {personas.length === 0 ? (
        <div className="grid justify-items-center gap-2 rounded-lg border border-dashed border-border p-10 text-center">
          <p className="font-medium">{t("empty")}</p>
          <p className="max-w-md text-sm text-muted-foreground">{canWrite ? t("emptyHint") : t("readOnly")}</p>
        </div>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label={t("title")}>
          {personas.map(({ mapCount, ...persona }) => (
            <li key={persona.id} data-testid="persona-card" className="grid gap-3 rounded-lg border border-border bg-card p-5 shadow-sm">
              <div className="flex items-start gap-3">
                <PersonaAvatar name={persona.name} color={persona.color} size="lg" />
                <div className="min-w-0 flex-1">
                  <h2 className="break-words text-lg font-semibold">{persona.name}</h2>
                  <p className="text-xs text-muted-foreground">{t("mapCount", { count: mapCount })}</p>
                </div>
                {canWrite && <PersonaActions slug={slug} persona={persona} mapCount={mapCount} canDelete={canDelete} />}
              </div>
              {persona.description && <p className="whitespace-pre-line text-sm">{persona.description}</p>}
              <dl className="grid gap-2 text-sm">
                {(["goals", "needs", "frustrations"] as const).map((field) =>
                  persona[field] ? (
                    <div key={field}>
                      <dt className="font-medium">{t(field)}</dt>
                      <dd className="whitespace-pre-line text-muted-foreground">{persona[field]}</dd>
                    </div>
                  ) : null,
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
