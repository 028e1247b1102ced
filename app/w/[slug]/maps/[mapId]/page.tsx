import { notFound } from "next/navigation";
import { z } from "zod";
import { MapEditor } from "@/components/editor/map-editor";
import { MapSubnav } from "@/components/reviews/map-subnav";
import { ReviewReminderBanner } from "@/components/reviews/review-reminder-banner";
import { getReviewReminder } from "@/lib/reviews/review-reminder";
import { requireUser } from "@/lib/auth/session";
import { appBaseUrl } from "@/lib/config/app-url";
import { loadMapEditor } from "@/lib/editor/load-map-editor";
import { isAppError } from "@/lib/errors/app-error";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { loadWorkspacePage } from "@/lib/workspaces/load-workspace-page";

export default async function MapEditorPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; mapId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, mapId } = await params;
  // Dashboards link to a touchpoint as ?touchpoint=<id>, notifications to any card as ?card=<id>: the editor opens its panel.
  const query = await searchParams;
  const linked = z.uuid().safeParse(query.card ?? query.touchpoint);
  const path = `/w/${slug}/maps/${mapId}`;
  const ctx = await loadWorkspacePage(slug, PAGE_PERMISSIONS.mapEditor, path);
  const user = await requireUser(path);
  const editor = await loadMapEditor(ctx, mapId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [baseUrl, reminder] = await Promise.all([appBaseUrl(), getReviewReminder({ workspaceId: ctx.workspaceId, mapId: editor.map.id })]);
  return (
    <div className="grid gap-3">
      <MapSubnav slug={slug} mapId={editor.map.id} mapName={editor.map.name} />
      <ReviewReminderBanner reminder={reminder} reviewHref={`${path}/review`} />
      <MapEditor
      mapId={editor.map.id}
      mapName={editor.map.name}
      backHref={`/w/${slug}`}
      me={{ id: user.id, name: user.name?.trim() || user.email }}
      roleCanEdit={editor.canEdit}
      members={editor.members}
      slug={slug}
      baseUrl={baseUrl}
      roleCanWriteEvidence={editor.canWriteEvidence}
      roleCanComment={editor.canComment}
      roleCanModerateComments={editor.canModerateComments}
      linkedCardId={linked.success ? linked.data : null}
      persona={editor.persona}
      personas={editor.personas}
      />
    </div>
  );
}
