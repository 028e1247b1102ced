"use client";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type CardData, setOpportunityScores, updateCard } from "@/lib/journey/map-document";
import { isOpportunityScore, OPPORTUNITY_SCORE_MAX, OPPORTUNITY_SCORE_MIN, OPPORTUNITY_SCORES, OPPORTUNITY_STATUSES } from "@/lib/journey/map-vocabulary";
import { useEditor } from "./editor-context";
import { OpportunityActions } from "./opportunity-actions";
import { MemberPicker } from "@/components/members/member-picker";

/** A 1–5 score of an opportunity (customer value or effort), or "Not set". */
function ScoreSelect(props: { id: string; label: string; value: unknown; disabled: boolean; describedBy: string; onChange: (score: number | null) => void }) {
  const t = useTranslations("editor.opportunity");
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={props.id}>{props.label}</Label>
      <NativeSelect
        id={props.id}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        value={isOpportunityScore(props.value) ? String(props.value) : ""}
        onChange={(e) => {
          const score = Number(e.target.value);
          props.onChange(e.target.value === "" ? null : isOpportunityScore(score) ? score : null);
        }}
      >
        <option value="">{t("notSet")}</option>
        {OPPORTUNITY_SCORES.map((score) => (
          <option key={score} value={score}>
            {score === OPPORTUNITY_SCORE_MIN ? t("scoreLow", { score }) : score === OPPORTUNITY_SCORE_MAX ? t("scoreHigh", { score }) : score}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}

/**
 * An opportunity's owner (a member of the workspace; an older free-text owner shows as
 * "unassigned: …" until someone picks a member), status, due date, customer value and effort
 * (the opportunity matrix's axes) and review actions.
 */
export function OpportunityFields({ card }: { card: CardData }) {
  const t = useTranslations("editor.opportunity");
  const ts = useTranslations("editor.statuses");
  const { doc, canEdit, members } = useEditor();
  const id = useId();
  // An owner id that is no member (any more) reads as nobody.
  const ownerId = card.ownerId && members.some((m) => m.userId === card.ownerId) ? card.ownerId : "";
  return (
    <div className="grid gap-4">
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-owner`}>{t("owner")}</Label>
        <MemberPicker
          id={`${id}-owner`}
          members={members}
          disabled={!canEdit}
          value={ownerId}
          aria-describedby={!ownerId && card.owner ? `${id}-legacy` : undefined}
          onChange={(userId) => updateCard(doc, card.id, { ownerId: userId || null, owner: "" })}
        />
        {!ownerId && card.owner && (
          <p id={`${id}-legacy`} className="text-xs text-muted-foreground">
            {t("unassigned", { owner: card.owner })}
          </p>
        )}
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-status`}>{t("status")}</Label>
        <NativeSelect
          id={`${id}-status`}
          disabled={!canEdit}
          value={card.status ?? "idea"}
          onChange={(e) => {
            const status = OPPORTUNITY_STATUSES.find((s) => s === e.target.value);
            if (status) updateCard(doc, card.id, { status });
          }}
        >
          {OPPORTUNITY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-due`}>{t("dueDate")}</Label>
        <Input
          id={`${id}-due`}
          type="date"
          disabled={!canEdit}
          value={card.dueDate ?? ""}
          onChange={(e) => updateCard(doc, card.id, { dueDate: /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null })}
        />
      </div>
      <div className="grid gap-1.5">
        <div className="grid grid-cols-2 gap-3">
          <ScoreSelect
            id={`${id}-value`}
            label={t("customerValue")}
            value={card.customerValue}
            disabled={!canEdit}
            describedBy={`${id}-scores`}
            onChange={(customerValue) => setOpportunityScores(doc, card.id, { customerValue })}
          />
          <ScoreSelect
            id={`${id}-effort`}
            label={t("effort")}
            value={card.effort}
            disabled={!canEdit}
            describedBy={`${id}-scores`}
            onChange={(effort) => setOpportunityScores(doc, card.id, { effort })}
          />
        </div>
        <p id={`${id}-scores`} className="text-xs text-muted-foreground">
          {t("scoresHint")}
        </p>
      </div>
      <OpportunityActions card={card} />
    </div>
  );
}
