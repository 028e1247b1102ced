"use client";
import { useEffect, useRef, useState } from "react";
import { cn } from "@/lib/utils";

/**
 * A name that turns into an input: Enter or leaving the field saves, Escape cancels.
 * Empty names are not saved. The shown value follows the document while not editing.
 */
export function InlineName({
  value,
  editing,
  onEditingChange,
  onSave,
  inputLabel,
  className,
}: {
  value: string;
  editing: boolean;
  onEditingChange: (editing: boolean) => void;
  onSave: (value: string) => void;
  inputLabel: string;
  className?: string;
}) {
  const [draft, setDraft] = useState(value);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (editing) {
      setDraft(value);
      input.current?.focus();
      input.current?.select();
    }
    // Only when editing starts: later remote renames must not overwrite what is being typed.
  }, [editing]);

  if (!editing) return <span className={cn("truncate", className)}>{value}</span>;

  const finish = (save: boolean) => {
    const name = draft.trim();
    if (save && name && name !== value) onSave(name);
    onEditingChange(false);
  };

  return (
    <input
      ref={input}
      aria-label={inputLabel}
      value={draft}
      maxLength={120}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          finish(true);
        } else if (e.key === "Escape") {
          e.preventDefault();
          finish(false);
        }
      }}
      className={cn("w-full min-w-0 rounded border border-ring bg-background px-1 py-0.5 text-sm font-normal outline-none", className)}
    />
  );
}
