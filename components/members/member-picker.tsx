"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { matchMembers, type MentionCandidate } from "@/lib/editor/mentions";
import { cn } from "@/lib/utils";

type Props = {
  id?: string;
  members: MentionCandidate[];
  /** The picked member's user id; "" for nobody. */
  value: string;
  onChange: (userId: string) => void;
  /** With a name, the choice also travels in a form as a hidden field. */
  name?: string;
  disabled?: boolean;
  "aria-label"?: string;
  "aria-describedby"?: string;
  className?: string;
};

/**
 * Picks one of the workspace's members by typing part of their name (ARIA combobox with a
 * listbox, like the @mention box): arrows choose, Enter picks, Escape gives up; "Nobody"
 * is always the first choice. The field shows the picked member's name.
 */
export function MemberPicker({ id, members, value, onChange, name, disabled, className, ...aria }: Props) {
  const t = useTranslations("members.picker");
  const listId = useId();
  const picked = members.find((m) => m.userId === value);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = query !== null;
  const choices: Array<MentionCandidate | null> = open ? [null, ...(query ? matchMembers(members, query, 8) : [...members].sort((a, b) => a.name.localeCompare(b.name)).slice(0, 8))] : [];

  const pick = (member: MentionCandidate | null) => {
    setQuery(null);
    if ((member?.userId ?? "") !== value) onChange(member?.userId ?? "");
  };

  return (
    <div className={cn("relative", className)}>
      {name && <input type="hidden" name={name} value={value} />}
      <Input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        {...aria}
        disabled={disabled}
        autoComplete="off"
        placeholder={t("placeholder")}
        value={query ?? picked?.name ?? ""}
        onFocus={() => {
          setQuery("");
          setActive(0);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onBlur={() => setQuery(null)}
        onKeyDown={(e) => {
          if (!open) return;
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((a) => (a + 1) % choices.length);
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => (a - 1 + choices.length) % choices.length);
          } else if (e.key === "Enter") {
            e.preventDefault();
            pick(choices[active] ?? null);
            e.currentTarget.blur();
          } else if (e.key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            setQuery(null);
            e.currentTarget.blur();
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("choices")}
        hidden={!open}
        className="absolute left-0 right-0 top-full z-50 mt-1 max-h-56 overflow-y-auto rounded-md border border-border bg-background p-1 shadow-md"
      >
        {choices.map((m, i) => (
          <li
            key={m?.userId ?? "nobody"}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(m);
              (document.activeElement as HTMLElement | null)?.blur();
            }}
            className={cn("cursor-pointer rounded-sm px-2 py-1.5 text-sm", i === active && "bg-muted", !m && "text-muted-foreground")}
          >
            {m?.name ?? t("nobody")}
          </li>
        ))}
      </ul>
    </div>
  );
}
