"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Textarea } from "@/components/ui/input";
import { insertMention, matchMembers, type MentionCandidate, mentionQueryAt } from "@/lib/editor/mentions";
import { cn } from "@/lib/utils";

type Props = {
  value: string;
  onChange: (value: string) => void;
  onPick: (member: MentionCandidate) => void;
  members: MentionCandidate[];
  label: string;
  placeholder?: string;
  disabled?: boolean;
  onSubmit: () => void;
};

/**
 * A comment box that suggests workspace members after "@" (ARIA combobox with a listbox):
 * arrows choose, Enter or Tab inserts, Escape closes. Ctrl/Cmd+Enter submits.
 */
export function MentionTextarea({ value, onChange, onPick, members, label, placeholder, disabled, onSubmit }: Props) {
  const t = useTranslations("editor.comments");
  const listId = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const matches = query ? matchMembers(members, query.query) : [];
  const open = matches.length > 0;

  const track = (text: string, caret: number) => {
    const next = mentionQueryAt(text, caret);
    setQuery(next);
    if (next?.query !== query?.query) setActive(0);
  };

  const pick = (member: MentionCandidate) => {
    const el = box.current;
    if (!el || !query) return;
    const result = insertMention(value, query.start, el.selectionStart, member.name);
    onChange(result.text);
    onPick(member);
    setQuery(null);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(result.caret, result.caret);
    });
  };

  return (
    <div className="relative">
      <Textarea
        ref={box}
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        disabled={disabled}
        value={value}
        maxLength={4000}
        rows={3}
        onChange={(e) => {
          onChange(e.target.value);
          track(e.target.value, e.target.selectionStart);
        }}
        onSelect={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart)}
        onBlur={() => setQuery(null)}
        onKeyDown={(e) => {
          if (open && e.key === "ArrowDown") {
            e.preventDefault();
            setActive((a) => (a + 1) % matches.length);
          } else if (open && e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => (a - 1 + matches.length) % matches.length);
          } else if (open && (e.key === "Enter" || e.key === "Tab")) {
            e.preventDefault();
            pick(matches[active] ?? matches[0]!);
          } else if (open && e.key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            setQuery(null);
          } else if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
            e.preventDefault();
            onSubmit();
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("suggestions")}
        hidden={!open}
        className="absolute left-0 right-0 top-full z-50 mt-1 max-h-48 overflow-y-auto rounded-md border border-border bg-background p-1 shadow-md"
      >
        {matches.map((m, i) => (
          <li
            key={m.userId}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(m);
            }}
            className={cn("cursor-pointer rounded-sm px-2 py-1.5 text-sm", i === active && "bg-muted")}
          >
            {m.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
