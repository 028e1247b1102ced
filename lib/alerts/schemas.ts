import { z } from "zod";
import { ALERT_KINDS } from "@/db/schema/alerts";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/** What a rule watches, as the form's one select sends it: "workspace", "map:<id>", "phase:<id>" or "touchpoint:<id>". */
const ZSubject = z.string("SUBJECT_REQUIRED").regex(new RegExp(`^(workspace|(map|phase|touchpoint):${UUID})$`, "i"), "SUBJECT_REQUIRED");
const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

export const ZCreateAlertRuleInput = z
  .object({
    kind: z.enum(ALERT_KINDS, "KIND_REQUIRED"),
    subject: ZSubject,
    threshold: z.preprocess(blank, z.coerce.number("INVALID_NUMBER").min(0, "INVALID_NUMBER").max(200, "INVALID_NUMBER").optional()),
    windowDays: z.preprocess(blank, z.coerce.number("INVALID_NUMBER").int("INVALID_NUMBER").min(1, "INVALID_NUMBER").max(365, "INVALID_NUMBER").optional()),
    minAnswers: z.preprocess(blank, z.coerce.number("INVALID_NUMBER").int("INVALID_NUMBER").min(1, "INVALID_NUMBER").max(100_000, "INVALID_NUMBER").default(1)),
  })
  .superRefine((v, ctx) => {
    const [kind] = v.subject.split(":");
    const need = (field: "threshold" | "windowDays") => v[field] === undefined && ctx.addIssue({ code: "custom", path: [field], message: "REQUIRED" });
    if (v.kind === "csat_below") {
      need("threshold");
      need("windowDays");
      if (v.threshold !== undefined && v.threshold > 100) ctx.addIssue({ code: "custom", path: ["threshold"], message: "INVALID_NUMBER" });
      if (kind === "workspace") ctx.addIssue({ code: "custom", path: ["subject"], message: "SUBJECT_NOT_FOR_KIND" });
    }
    if (v.kind === "nps_drop") {
      need("threshold");
      if (kind !== "map") ctx.addIssue({ code: "custom", path: ["subject"], message: "SUBJECT_NOT_FOR_KIND" });
    }
    if ((v.kind === "kpi_off_target" || v.kind === "low_score_comment") && kind !== "workspace" && kind !== "map") {
      ctx.addIssue({ code: "custom", path: ["subject"], message: "SUBJECT_NOT_FOR_KIND" });
    }
  });
export type TCreateAlertRuleInput = z.output<typeof ZCreateAlertRuleInput>;

export const ZAlertRuleRefInput = z.object({ ruleId: z.uuid("ALERT_RULE_NOT_FOUND") });
