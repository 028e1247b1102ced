import type { Locale } from "@/lib/i18n/locales";

/**
 * Dutch names of the metrics the five-phase template lists (the source data names them
 * in English only). A metric missing here is shown as written in the template; the unit
 * test keeps this list complete.
 */
export const DUTCH_METRIC_NAMES: Record<string, string> = {
  impressions: "impressies",
  reach: "bereik",
  "click-through rate": "doorklikratio (CTR)",
  "time on site": "tijd op de site",
  "content clicks": "kliks op content",
  "demo requests": "demo-aanvragen",
  "conversion rate": "conversieratio",
  "cost per acquisition": "kosten per acquisitie (CPA)",
  "repeat purchase rate": "herhaalaankoopratio",
  "churn rate": "churnratio (klantverloop)",
  "ticket volume": "aantal tickets",
  "handling time": "afhandeltijd",
  NPS: "NPS",
  "referral rate": "doorverwijzingsratio",
};

export function metricName(metric: string, language: Locale): string {
  if (language === "en") return metric;
  return DUTCH_METRIC_NAMES[metric] ?? metric;
}
