"use client";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type CardData, updateCard } from "@/lib/journey/map-document";
import { OPPORTUNITY_STATUSES } from "@/lib/journey/map-vocabulary";
import { CommitInput } from "./commit-input";
import { useEditor } from "./editor-context";

/** An opportunity's owner (a member or any team name), status and due date. */
export function OpportunityFields({ card }: { card: CardData }) {
  const t = useTranslations("editor.opportunity");
  const ts = useTranslations("editor.statuses");
  const { doc, canEdit, members } = useEditor();
  const id = useId();
  return (
    <div className="grid gap-4">
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-owner`}>{t("owner")}</Label>
        <CommitInput
          id={`${id}-owner`}
          list={`${id}-members`}
          disabled={!canEdit}
          maxLength={120}
          value={card.owner ?? ""}
          onCommit={(owner) => updateCard(doc, card.id, { owner })}
        />
        <datalist id={`${id}-members`}>
          {members.map((m) => (
            <option key={m.userId} value={m.name} />
          ))}
        </datalist>
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
    </div>
  );
}
