import "server-only";
import { type AbstractIntlMessages, createFormatter, createTranslator } from "next-intl";
import { formatEmotion, formatGap, formatScore, formatScoreDelta, type ScoreMetric } from "@/lib/dashboards/score-format";
import { loadMessages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";

/** A translator of one namespace: the catalogue is loaded at run time, so keys are not typed. */
export type PdfTranslate = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

function translator(locale: Locale, messages: AbstractIntlMessages, namespace: string): PdfTranslate {
  const t = createTranslator({ locale, messages, namespace });
  const translate = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  return Object.assign(translate, { has: (key: string) => t.has(key as never) });
}

/**
 * The words and number formats of a PDF in the reader's language: the same message
 * catalogue and the same score formatting as the pages, outside a React request.
 */
export async function pdfI18n(locale: Locale, timeZone: string) {
  const messages = (await loadMessages(locale)) as AbstractIntlMessages;
  const format = createFormatter({ locale, timeZone });
  const editor = translator(locale, messages, "editor");
  return {
    locale,
    dashboards: translator(locale, messages, "dashboards"),
    reviews: translator(locale, messages, "reviews"),
    channel: (c: string) => (editor.has(`channels.${c}`) ? editor(`channels.${c}`) : c),
    actionStatus: (s: string) => (editor.has(`statuses.${s}`) ? editor(`statuses.${s}`) : s),
    score: (metric: ScoreMetric, value: number | null | undefined) => formatScore(format, metric, value),
    delta: (metric: ScoreMetric, current: number | null | undefined, previous: number | null | undefined) =>
      formatScoreDelta(format, metric, current, previous),
    number: (value: number, digits = 2) => format.number(value, { maximumFractionDigits: digits }),
    signed: (value: number) => format.number(value, { maximumFractionDigits: 2, signDisplay: "exceptZero" }),
    /** A size without a sign (the words around it say the direction). */
    plain: (value: number) => format.number(value, { maximumFractionDigits: 2 }),
    /** The emotion gap (assumed − measured), signed, one decimal: the page's convention. */
    gap: (value: number) => formatGap(format, value),
    /** An emotion on the −2…+2 scale, as the page writes it. */
    emotion: (value: number) => formatEmotion(format, value),
    /** A calendar day "YYYY-MM-DD" as the reader writes it; the day is not shifted by a time zone. */
    day: (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
    now: (instant: Date) => format.dateTime(instant, { dateStyle: "long", timeStyle: "short" }),
  };
}

export type PdfI18n = Awaited<ReturnType<typeof pdfI18n>>;
