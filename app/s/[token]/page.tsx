import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { DashboardSections } from "@/components/dashboards/dashboard-sections";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { SharePasswordForm } from "@/components/sharing/share-password-form";
import { MapGridView } from "@/components/snapshots/map-grid-view";
import { Card } from "@/components/ui/card";
import { clientIp } from "@/lib/auth/client-ip";
import { openSharedMap, SHARE_UNLOCK_COOKIE } from "@/lib/sharing/shared-map";

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

/** A map shown read-only through a share link, to people outside the workspace (no sign-in). */
export default async function SharedMapPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("sharing.view");
  const view = await openSharedMap({ token, ip: clientIp(await headers()), unlockCookie: (await cookies()).get(SHARE_UNLOCK_COOKIE)?.value });

  if (view.state !== "open") {
    const title = view.state === "gone" ? t("goneTitle") : view.state === "limited" ? t("limitedTitle") : t("lockedTitle");
    const text = view.state === "gone" ? t("gone") : view.state === "limited" ? t("limited") : t("locked");
    return (
      <main className="flex min-h-screen flex-col items-center justify-center gap-6 bg-muted p-4">
        <p className="text-2xl font-bold text-primary">Journeyboard</p>
        <Card className="grid w-full max-w-sm gap-3">
          <h1 className="text-lg font-semibold">{title}</h1>
          <p className="text-sm text-muted-foreground">{text}</p>
          {view.state === "locked" && <SharePasswordForm token={token} />}
        </Card>
        <LanguageSwitcher />
      </main>
    );
  }

  return (
    <div className="min-h-screen">
      <header className="flex flex-wrap items-center gap-3 border-b border-border px-4 py-2 print:hidden">
        <span className="font-bold text-primary">Journeyboard</span>
        <span className="text-sm text-muted-foreground">{t("sharedBy", { workspace: view.workspaceName })}</span>
        <div className="ml-auto">
          <LanguageSwitcher compact />
        </div>
      </header>
      <main className="grid gap-6 p-4 sm:p-6">
        <div>
          <h1 className="text-2xl font-semibold">{view.mapName}</h1>
          <p className="text-sm text-muted-foreground">{t("readOnly")}</p>
        </div>
        <section aria-labelledby="shared-map" className="grid gap-2">
          <h2 id="shared-map" className="text-lg font-semibold">{t("mapTitle")}</h2>
          <MapGridView content={view.content} />
        </section>
        {view.dashboard && (
          <section aria-labelledby="shared-dashboard" className="grid gap-2">
            <h2 id="shared-dashboard" className="text-lg font-semibold">{t("dashboardTitle")}</h2>
            <p className="text-sm text-muted-foreground">{t("dashboardNote", { zone: view.timeZone })}</p>
            <DashboardSections slug={null} dashboard={view.dashboard} granularity="month" acrossMaps={false} fileName="shared-dashboard" />
          </section>
        )}
      </main>
    </div>
  );
}
