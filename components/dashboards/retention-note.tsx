import { getTranslations } from "next-intl/server";
import { loadPrivacySettings } from "@/lib/privacy/privacy-settings";

/** Says on the dashboard what the workspace's retention choice removes, so nobody wonders where old comments went. */
export async function RetentionNote({ workspaceId }: { workspaceId: string }) {
  const settings = await loadPrivacySettings(workspaceId);
  if (settings.retentionMonths === null) return null;
  const t = await getTranslations("workspace.privacy");
  return (
    <p className="text-xs text-muted-foreground" data-testid="retention-note">
      {t(settings.retentionMode === "delete" ? "dashboardNoteDelete" : "dashboardNote", { count: settings.retentionMonths })}
    </p>
  );
}
