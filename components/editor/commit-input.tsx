"use client";
import { useEffect, useState } from "react";
import type * as React from "react";
import { Input, Textarea } from "@/components/ui/input";

type Common = { value: string; onCommit: (value: string) => void };

/**
 * A text field that writes to the map when the user leaves it or presses Enter, so a
 * half-typed word never reaches the others; while not focused it follows the document.
 */
export function CommitInput({ value, onCommit, ...props }: Common & Omit<React.ComponentProps<"input">, "value" | "onChange">) {
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setDraft(value);
  }, [value, focused]);
  return (
    <Input
      {...props}
      value={draft}
      onFocus={() => setFocused(true)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        setFocused(false);
        if (draft.trim() !== value) onCommit(draft.trim());
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter") e.currentTarget.blur();
        if (e.key === "Escape") {
          setDraft(value);
          e.currentTarget.blur();
        }
      }}
    />
  );
}

/** The multi-line twin of CommitInput (Enter adds a line; leaving the field saves). */
export function CommitTextarea({ value, onCommit, ...props }: Common & Omit<React.ComponentProps<"textarea">, "value" | "onChange">) {
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setDraft(value);
  }, [value, focused]);
  return (
    <Textarea
      {...props}
      value={draft}
      onFocus={() => setFocused(true)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        setFocused(false);
        if (draft.trim() && draft.trim() !== value) onCommit(draft.trim());
        else setDraft(value);
      }}
    />
  );
}
