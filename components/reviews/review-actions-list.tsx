"use client";
import { Trash2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { addReviewActionAction, deleteReviewActionAction, updateReviewActionAction } from "@/app/w/[slug]/maps/[mapId]/review/actions";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { OPPORTUNITY_STATUSES as REVIEW_ACTION_STATUSES } from "@/lib/journey/map-vocabulary";
import type { ReviewActionRow } from "@/lib/reviews/get-review";
import { MemberPicker } from "@/components/members/member-picker";
import { useReviewAction } from "./use-review-action";

/** Members an action can be given to. */
export type OwnerChoice = { userId: string; name: string };
type Props = { slug: string; mapId: string; quarter: string; canWrite: boolean; members: OwnerChoice[] };

/** Who owns an action, in words: a member, an old free-text owner no member matched, or nobody. */
function useOwnerLabel() {
  const t = useTranslations("reviews.actions");
  return (action: ReviewActionRow) =>
    action.ownerName ? t("owner", { owner: action.ownerName }) : action.legacyOwner ? t("unassignedOwner", { owner: action.legacyOwner }) : t("noOwner");
}


/** One action: its status can be moved on in place (also from a later review); the rest is shown. */
function ActionItem({ action, slug, mapId, canWrite, showQuarter, members }: { action: ReviewActionRow; showQuarter?: boolean } & Omit<Props, "quarter">) {
  const t = useTranslations("reviews.actions");
  const ownerLabel = useOwnerLabel();
  const statuses = useTranslations("editor.statuses");
  const format = useFormatter();
  const { pending, perform } = useReviewAction();
  const overdue = action.dueDate !== null && action.status !== "done" && action.dueDate < new Date().toISOString().slice(0, 10);
  return (
    <li id={`action-${action.id}`} data-testid="review-action" className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-border/60 py-2 last:border-0">
      <div className="min-w-48 flex-1">
        <p className={action.status === "done" ? "text-muted-foreground line-through" : "font-medium"}>{action.title}</p>
        {action.opportunityId && action.opportunityName !== null && (
          <a href={`/w/${slug}/maps/${mapId}?card=${action.opportunityId}`} className="text-xs text-primary underline-offset-4 hover:underline">
            {t("fromCard", { card: action.opportunityName || t("untitledCard") })}
          </a>
        )}
        <p className="text-xs text-muted-foreground">
          {[
            ownerLabel(action),
            action.dueDate ? t(overdue ? "overdue" : "due", { date: format.dateTime(new Date(`${action.dueDate}T12:00:00Z`), { dateStyle: "medium" }) }) : null,
            showQuarter ? t("from", { quarter: action.quarter }) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </div>
      {canWrite ? (
        <>
          <MemberPicker
            members={members}
            aria-label={t("ownerOf", { title: action.title })}
            value={action.ownerId ?? ""}
            disabled={pending}
            className="w-44"
            onChange={(ownerId) =>
              perform(() => updateReviewActionAction(slug, { mapId, actionId: action.id, title: action.title, ownerId, dueDate: action.dueDate, status: action.status }), null)
            }
          />
          <NativeSelect
            aria-label={t("statusOf", { title: action.title })}
            value={action.status}
            disabled={pending}
            onChange={(e) => {
              const status = REVIEW_ACTION_STATUSES.find((s) => s === e.target.value) ?? action.status;
              perform(() => updateReviewActionAction(slug, { mapId, actionId: action.id, title: action.title, dueDate: action.dueDate, status }), null);
            }}
          >
            {REVIEW_ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statuses(s)}
              </option>
            ))}
          </NativeSelect>
          <Button
            variant="ghost"
            size="icon"
            aria-label={t("delete", { title: action.title })}
            disabled={pending}
            onClick={() => perform(() => deleteReviewActionAction(slug, { mapId, actionId: action.id }), () => t("deleted"))}
            className="print:hidden"
          >
            <Trash2 className="size-4" aria-hidden />
          </Button>
        </>
      ) : (
        <span className="rounded-full bg-muted px-2 py-0.5 text-xs">{statuses(action.status)}</span>
      )}
    </li>
  );
}

function AddActionForm({ slug, mapId, quarter, members }: Omit<Props, "canWrite">) {
  const t = useTranslations("reviews.actions");
  const statuses = useTranslations("editor.statuses");
  const { pending, perform, message } = useReviewAction();
  const [errors, setErrors] = useState<Record<string, string[]> | undefined>();
  const [owner, setOwner] = useState("");
  const error = (field: string) => (errors?.[field]?.[0] ? message(errors[field][0]) : undefined);
  return (
    <form
      className="grid gap-2 border-t border-border pt-3 sm:grid-cols-[2fr_1fr_auto_auto_auto] sm:items-end print:hidden"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = Object.fromEntries(new FormData(form));
        perform(
          () => addReviewActionAction(slug, { ...data, mapId, quarter }),
          () => t("added"),
          (result) => {
            setErrors(result.ok ? undefined : result.fieldErrors);
            if (result.ok) {
              form.reset();
              setOwner("");
            }
          },
        );
      }}
    >
      <div className="grid gap-1">
        <Label htmlFor="action-title">{t("title")}</Label>
        <Input id="action-title" name="title" required maxLength={300} aria-invalid={error("title") ? true : undefined} aria-describedby={error("title") ? "action-title-error" : undefined} />
        {error("title") && <p id="action-title-error" className="text-xs text-destructive">{error("title")}</p>}
      </div>
      <div className="grid gap-1">
        <Label htmlFor="action-owner">{t("ownerLabel")}</Label>
        <MemberPicker id="action-owner" name="ownerId" members={members} value={owner} onChange={setOwner} />
        {error("ownerId") && <p className="text-xs text-destructive">{error("ownerId")}</p>}
      </div>
      <div className="grid gap-1">
        <Label htmlFor="action-status">{t("status")}</Label>
        <NativeSelect id="action-status" name="status" defaultValue="planned">
          {REVIEW_ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statuses(s)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="action-due">{t("dueDate")}</Label>
        <Input id="action-due" name="dueDate" type="date" className="w-40" aria-invalid={error("dueDate") ? true : undefined} />
        {error("dueDate") && <p className="text-xs text-destructive">{error("dueDate")}</p>}
      </div>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? t("adding") : t("add")}
      </Button>
    </form>
  );
}

/** The actions agreed at this review, and the still-open ones of earlier reviews. */
export function ReviewActionsList(props: Props & { actions: ReviewActionRow[]; openEarlier: ReviewActionRow[] }) {
  const t = useTranslations("reviews.actions");
  return (
    <div className="grid gap-4">
      <section aria-labelledby="open-earlier" className="grid gap-2 rounded-lg border border-border bg-card p-4 break-inside-avoid">
        <h2 id="open-earlier" className="font-semibold">{t("openEarlierTitle")}</h2>
        {props.openEarlier.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noneOpen")}</p>
        ) : (
          <ul>
            {props.openEarlier.map((a) => (
              <ActionItem key={a.id} action={a} slug={props.slug} mapId={props.mapId} canWrite={props.canWrite} members={props.members} showQuarter />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="review-actions" className="grid gap-2 rounded-lg border border-border bg-card p-4 break-inside-avoid">
        <h2 id="review-actions" className="font-semibold">{t("titleFor", { quarter: props.quarter })}</h2>
        {props.actions.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("none")}</p>
        ) : (
          <ul>
            {props.actions.map((a) => (
              <ActionItem key={a.id} action={a} slug={props.slug} mapId={props.mapId} canWrite={props.canWrite} members={props.members} />
            ))}
          </ul>
        )}
        {props.canWrite && <AddActionForm slug={props.slug} mapId={props.mapId} quarter={props.quarter} members={props.members} />}
      </section>
    </div>
  );
}
