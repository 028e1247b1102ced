"use client";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type CardData, updateCard } from "@/lib/journey/map-document";
import { CHANNELS, SENSES, type Sense } from "@/lib/journey/map-vocabulary";
import { ChannelIcon } from "./channel-icon";
import { CommitInput } from "./commit-input";
import { useEditor } from "./editor-context";

const MEDIA = ["digital", "physical"] as const;

/** A touchpoint's channel, owner department, digital or physical, senses and critical flag. */
export function TouchpointFields({ card }: { card: CardData }) {
  const t = useTranslations("editor");
  const { doc, canEdit } = useEditor();
  const id = useId();
  const senses = card.senses ?? [];
  const toggleSense = (sense: Sense, on: boolean) =>
    updateCard(doc, card.id, { senses: SENSES.filter((s) => (s === sense ? on : senses.includes(s))) });

  return (
    <div className="grid gap-4">
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-channel`}>{t("touchpoint.channel")}</Label>
        <div className="flex items-center gap-2">
          {card.channel && <ChannelIcon channel={card.channel} className="h-4 w-4 text-muted-foreground" />}
          <NativeSelect
            id={`${id}-channel`}
            className="flex-1"
            disabled={!canEdit}
            value={card.channel ?? ""}
            onChange={(e) => updateCard(doc, card.id, { channel: CHANNELS.find((c) => c === e.target.value) ?? null })}
          >
            <option value="">{t("touchpoint.noChannel")}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-dept`}>{t("touchpoint.department")}</Label>
        <CommitInput
          id={`${id}-dept`}
          disabled={!canEdit}
          maxLength={120}
          value={card.department ?? ""}
          onCommit={(department) => updateCard(doc, card.id, { department })}
        />
      </div>
      <fieldset className="grid gap-1.5" disabled={!canEdit}>
        <legend className="mb-1.5 text-sm font-medium">{t("touchpoint.medium")}</legend>
        <div className="flex gap-4 text-sm">
          {MEDIA.map((m) => (
            <label key={m} className="inline-flex items-center gap-1.5">
              <input type="radio" name={`${id}-medium`} checked={card.medium === m} onChange={() => updateCard(doc, card.id, { medium: m })} />
              {t(`medium.${m}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="grid gap-1.5" disabled={!canEdit}>
        <legend className="mb-1.5 text-sm font-medium">{t("touchpoint.senses")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {SENSES.map((s) => (
            <label key={s} className="inline-flex items-center gap-1.5">
              <input type="checkbox" checked={senses.includes(s)} onChange={(e) => toggleSense(s, e.target.checked)} />
              {t(`senses.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="inline-flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" disabled={!canEdit} checked={card.critical ?? false} onChange={(e) => updateCard(doc, card.id, { critical: e.target.checked })} />
        {t("touchpoint.criticalLabel")}
      </label>
    </div>
  );
}
