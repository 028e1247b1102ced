import "server-only";
import { Document, Page } from "@react-pdf/renderer";
import type { Granularity } from "@/lib/dashboards/filters";
import type { Dashboard } from "@/lib/dashboards/load-dashboard";
import { DashboardPdfSections } from "./dashboard-pdf-sections";
import type { PdfI18n } from "./pdf-i18n";
import { Footer, styles, Txt } from "./pdf-kit";

/** Touchpoints listed in a dashboard's PDF; the CSV download holds all of them. */
const DASHBOARD_TOUCHPOINTS = 25;

/** A dashboard, workspace-wide or of one map, as an A4 landscape document. */
export function DashboardDocument(props: {
  i18n: PdfI18n;
  title: string;
  /** What the figures cover: map, persona, channel, period. */
  scope: string;
  timeZone: string;
  generatedAt: Date;
  dashboard: Dashboard;
  acrossMaps: boolean;
  granularity: Granularity;
}) {
  const { i18n } = props;
  const t = i18n.dashboards;
  return (
    <Document title={props.title} author="Journeyboard" creator="Journeyboard" language={i18n.locale}>
      <Page size="A4" orientation="landscape" style={styles.page} wrap>
        <Txt style={styles.title}>{props.title}</Txt>
        <Txt style={styles.subtitle}>{props.scope}</Txt>
        <Txt style={styles.subtitle}>{t("pdf.generated", { date: i18n.now(props.generatedAt), zone: props.timeZone })}</Txt>
        <DashboardPdfSections
          i18n={i18n}
          dashboard={props.dashboard}
          acrossMaps={props.acrossMaps}
          touchpointLimit={DASHBOARD_TOUCHPOINTS}
          granularity={props.granularity}
        />
        <Footer left={props.title} page={(page, total) => t("pdf.page", { page, total })} />
      </Page>
    </Document>
  );
}
