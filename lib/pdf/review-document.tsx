import "server-only";
import { Document, Page, View } from "@react-pdf/renderer";
import type { ReviewActionRow } from "@/lib/reviews/get-review";
import type { QuarterlyReview } from "@/lib/reviews/load-quarterly-review";
import { DashboardPdfSections } from "./dashboard-pdf-sections";
import type { PdfI18n } from "./pdf-i18n";
import { type Cell, COLORS, Empty, Footer, Section, styles, Table, Txt } from "./pdf-kit";

/** Worst touchpoints in a review: the ones worth talking about at the table. */
const REVIEW_TOUCHPOINTS = 10;

/**
 * A map's quarterly review as an A4 landscape document: every figure against the
 * previous quarter, the notes, the actions agreed and those still open from earlier
 * reviews, and the snapshots taken at the review.
 */
export function ReviewDocument(props: {
  i18n: PdfI18n;
  mapName: string;
  review: QuarterlyReview;
  snapshotNames: string[];
  timeZone: string;
  generatedAt: Date;
  /** "YYYY-MM-DD" on the workspace's wall clock: what an action is overdue against. */
  today: string;
}) {
  const { i18n, review: r } = props;
  const t = i18n.reviews;
  const title = t("title", { name: props.mapName, quarter: r.quarter });
  const due = (a: ReviewActionRow): Cell => {
    if (!a.dueDate) return t("pdf.noDueDate");
    const overdue = a.status !== "done" && a.dueDate < props.today;
    return overdue ? { text: t("actions.overdue", { date: i18n.day(a.dueDate) }), color: COLORS.off } : i18n.day(a.dueDate);
  };
  const actionColumns = [
    { label: t("actions.title"), grow: 4 },
    { label: t("actions.ownerLabel"), grow: 2 },
    { label: t("actions.status"), grow: 1.2 },
    { label: t("actions.dueDate"), grow: 1.8 },
  ];
  const actionCells = (a: ReviewActionRow): Cell[] => [a.title, a.ownerName ?? (a.legacyOwner ? t("actions.unassignedOwner", { owner: a.legacyOwner }) : t("actions.noOwner")), i18n.actionStatus(a.status), due(a)];
  const notes = r.review.review?.notes.trim() ?? "";
  return (
    <Document title={title} author="Journeyboard" creator="Journeyboard" language={i18n.locale}>
      <Page size="A4" orientation="landscape" style={styles.page} wrap>
        <Txt style={styles.title}>{title}</Txt>
        <Txt style={styles.subtitle}>{t("comparedWith", { previous: r.previousQuarter, zone: props.timeZone })}</Txt>
        <Txt style={styles.subtitle}>{i18n.dashboards("pdf.generated", { date: i18n.now(props.generatedAt), zone: props.timeZone })}</Txt>
        {props.snapshotNames.length > 0 && <Txt style={styles.subtitle}>{t("pdf.snapshotsTaken", { names: props.snapshotNames.join(", ") })}</Txt>}

        <DashboardPdfSections
          i18n={i18n}
          dashboard={r.dashboard}
          previous={{ dashboard: r.previous, label: r.previousQuarter }}
          acrossMaps={false}
          touchpointLimit={REVIEW_TOUCHPOINTS}
          granularity="month"
        />

        <Section title={t("notes.title")}>
          {notes ? (
            <View>
              {notes.split(/\n{2,}/).map((paragraph, i) => (
                <Txt key={i} style={styles.paragraph}>
                  {paragraph}
                </Txt>
              ))}
            </View>
          ) : (
            <Empty>{t("notes.none")}</Empty>
          )}
        </Section>

        <Section title={t("actions.titleFor", { quarter: r.quarter })}>
          <Table columns={actionColumns} rows={r.review.actions.map(actionCells)} empty={t("actions.none")} />
        </Section>

        <Section title={t("actions.openEarlierTitle")}>
          <Table
            columns={[...actionColumns, { label: t("pdf.agreedIn"), grow: 1.2 }]}
            rows={r.review.openEarlier.map((a) => [...actionCells(a), a.quarter])}
            empty={t("actions.noneOpen")}
          />
        </Section>

        <Footer left={title} page={(page, total) => i18n.dashboards("pdf.page", { page, total })} />
      </Page>
    </Document>
  );
}
