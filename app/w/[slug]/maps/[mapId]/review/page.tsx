import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CsvMenu } from "@/components/dashboards/csv-menu";
import { DashboardSections } from "@/components/dashboards/dashboard-sections";
import { PrintButton } from "@/components/dashboards/print-button";
import { PngButton } from "@/components/ui/png-button";
import { MapSubnav } from "@/components/reviews/map-subnav";
import { QuarterPicker } from "@/components/reviews/quarter-picker";
import { ReviewActionsList } from "@/components/reviews/review-actions-list";
import { ReviewNotesForm } from "@/components/reviews/review-notes-form";
import { ReviewReminderBanner } from "@/components/reviews/review-reminder-banner";
import { TakeSnapshotForm } from "@/components/snapshots/take-snapshot-form";
import { PdfDownloadLink } from "@/components/dashboards/pdf-download-link";
import { formatQuarter, quarterAt, recentQuarters } from "@/lib/dashboards/quarters";
import { findWorsening } from "@/lib/dashboards/what-got-worse";
import { MapWhatGotWorse } from "@/components/dashboards/map-what-got-worse";
import { listMembers } from "@/lib/members/list-members";
import { isFollowing } from "@/lib/notifications/review-due";
import { FollowMapButton } from "@/components/reviews/follow-map-button";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { hasPermission } from "@/lib/permissions/roles";
import { loadQuarterlyReview, reviewQuarter } from "@/lib/reviews/load-quarterly-review";
import { getReviewReminder } from "@/lib/reviews/review-reminder";
import { listSnapshots } from "@/lib/snapshots/get-snapshots";
import { loadMapPage } from "../load-map-page";

export default async function QuarterlyReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; mapId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, mapId } = await params;
  const base = `/w/${slug}/maps/${mapId}`;
  const { ctx, map } = await loadMapPage(slug, mapId, PAGE_PERMISSIONS.mapReview, `${base}/review`);
  const current = quarterAt(new Date(), ctx.workspace.timeZone);
  const quarter = reviewQuarter((await searchParams).quarter, ctx.workspace.timeZone);
  const [{ quarter: label, previousQuarter, dashboard, previous: before, review }, reminder, snapshots, t, members] = await Promise.all([
    loadQuarterlyReview(ctx, map.id, quarter),
    getReviewReminder({ workspaceId: ctx.workspaceId, mapId: map.id }),
    listSnapshots(ctx, map.id),
    getTranslations("reviews"),
    listMembers(ctx),
  ]);
  const following = await isFollowing(ctx, map.id);
  const worsening = findWorsening(dashboard, before);
  const owners = members.map((m) => ({ userId: m.userId, name: m.name?.trim() || m.email })).sort((a, b) => a.name.localeCompare(b.name));
  const canWrite = hasPermission(ctx.role, "reviews.write");
  const quarters = recentQuarters(current, 12).map(formatQuarter);
  if (!quarters.includes(label)) quarters.push(label);
  const snapshotsOfQuarter = snapshots.filter((s) => s.quarter === label);
  return (
    <div id="review-content" className="mx-auto grid max-w-7xl gap-4 print:max-w-none">
      <MapSubnav slug={slug} mapId={map.id} mapName={map.name} />
      <ReviewReminderBanner reminder={reminder} reviewHref={`${base}/review`} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title", { name: map.name, quarter: label })}</h1>
          <p className="text-sm text-muted-foreground">{t("comparedWith", { previous: previousQuarter, zone: ctx.workspace.timeZone })}</p>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <FollowMapButton slug={slug} mapId={map.id} following={following} />
          <QuarterPicker value={label} quarters={quarters} reviewed={review.reviewedQuarters} />
          <CsvMenu exportUrl={`${base}/dashboard/export?quarter=${label}`} tables={["summary", "phases", "touchpoints", "kpis", "emotion"]} />
          <PdfDownloadLink href={`${base}/review/pdf?quarter=${label}`} />
          <PngButton targetId="review-content" fileName={`review-${map.name}-${label}`} scope="page" />
          <PrintButton />
        </div>
      </div>
      <MapWhatGotWorse slug={slug} worsening={worsening} quarter={label} previousQuarter={previousQuarter} />
      <DashboardSections slug={slug} dashboard={dashboard} previous={before} granularity="month" acrossMaps={false} fileName={`review-${label}`} worse={worsening} />
      <div className="grid gap-4 lg:grid-cols-2">
        <ReviewNotesForm key={label} slug={slug} mapId={map.id} quarter={label} notes={review.review?.notes ?? ""} canWrite={canWrite} />
        <section aria-labelledby="review-snapshot" className="grid content-start gap-2 rounded-lg border border-border bg-card p-4 break-inside-avoid">
          <h2 id="review-snapshot" className="font-semibold">{t("snapshots.atReview")}</h2>
          {snapshotsOfQuarter.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("snapshots.noneAtReview")}</p>
          ) : (
            <ul className="text-sm">
              {snapshotsOfQuarter.map((s) => (
                <li key={s.id}>
                  <Link href={`${base}/snapshots/${s.id}`} className="text-primary underline-offset-4 hover:underline">
                    {s.name}
                  </Link>
                  {" · "}
                  <Link href={`${base}/snapshots/compare?from=${s.id}&to=current`} className="text-primary underline-offset-4 hover:underline">
                    {t("snapshots.compareWithCurrent")}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {canWrite && <TakeSnapshotForm key={label} slug={slug} mapId={map.id} quarter={label} defaultName={t("snapshots.defaultName", { quarter: label })} />}
        </section>
      </div>
      <ReviewActionsList slug={slug} mapId={map.id} quarter={label} canWrite={canWrite} actions={review.actions} openEarlier={review.openEarlier} members={owners} />
    </div>
  );
}
