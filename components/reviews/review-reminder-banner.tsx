import { CalendarClock } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReviewReminder } from "@/lib/reviews/review-reminder";

/** Shown when a map has gone more than a quarter without a review; nothing otherwise. */
export async function ReviewReminderBanner({ reminder, reviewHref }: { reminder: ReviewReminder | null; reviewHref: string }) {
  if (!reminder?.due) return null;
  const t = await getTranslations("reviews.reminder");
  return (
    <div role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-chart-4/50 bg-chart-4/10 px-4 py-3 text-sm print:hidden">
      <CalendarClock className="size-5 text-chart-4" aria-hidden />
      <p className="flex-1">{reminder.lastQuarter ? t("dueSince", { quarter: reminder.lastQuarter }) : t("dueNever")}</p>
      <Link href={reviewHref} className="font-medium text-primary underline-offset-4 hover:underline">
        {t("start")}
      </Link>
    </div>
  );
}
