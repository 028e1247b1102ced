import { getTranslations } from "next-intl/server";
import { errorResponse } from "@/lib/api/error-response";
import { getCurrentUserId } from "@/lib/auth/session";
import { importReportCsv } from "@/lib/evidence/import/feedback-import";

type Context = { params: Promise<{ importId: string }> };

/** The refused rows of an import with their reasons, as CSV in the reader's language. */
export async function GET(request: Request, { params }: Context) {
  try {
    const t = await getTranslations("evidence");
    const core = await getTranslations("errors");
    const translate = (key: string) => {
      if (key.startsWith("reason.")) {
        const reason = key.slice("reason.".length);
        if (t.has(`errors.${reason}`)) return t(`errors.${reason}`);
        return core.has(reason) ? core(reason) : reason;
      }
      return t.has(`importReport.${key}`) ? t(`importReport.${key}`) : key;
    };
    const report = await importReportCsv({ userId: await getCurrentUserId(), importId: (await params).importId, translate });
    return new Response(report.csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="rejected-rows.csv"; filename*=UTF-8''${encodeURIComponent(report.fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
