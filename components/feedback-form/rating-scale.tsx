"use client";
import { useId, useState } from "react";
import { cn } from "@/lib/utils";

/**
 * One question answered with a score: a radio group (arrow keys move, one tab stop)
 * drawn as large buttons for thumbs, with the meaning of both ends spelled out.
 */
export function RatingScale({
  name,
  question,
  min,
  max,
  lowLabel,
  highLabel,
  error,
}: {
  name: string;
  question: string;
  min: number;
  max: number;
  lowLabel: string;
  highLabel: string;
  error?: string;
}) {
  const id = useId();
  // Controlled, so a refused submission (which resets uncontrolled fields) keeps the answer.
  const [chosen, setChosen] = useState<number | null>(null);
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <fieldset className="grid gap-2" aria-describedby={`${id}-ends${error ? ` ${id}-error` : ""}`}>
      <legend className="mb-2 text-base font-medium">{question}</legend>
      <div className={cn("grid gap-1.5", values.length > 7 ? "grid-cols-6 sm:grid-cols-11" : "grid-flow-col auto-cols-fr")}>
        {values.map((value) => (
          <label key={value} className="relative">
            <input type="radio" name={name} value={value} checked={chosen === value} onChange={() => setChosen(value)} className="peer sr-only" />
            <span
              className={cn(
                "flex h-12 cursor-pointer select-none items-center justify-center rounded-md border border-border text-base font-medium",
                "hover:bg-muted peer-checked:border-primary peer-checked:bg-primary peer-checked:text-primary-foreground",
                "peer-focus-visible:ring-2 peer-focus-visible:ring-ring peer-focus-visible:ring-offset-2",
              )}
            >
              {value}
            </span>
          </label>
        ))}
      </div>
      <p id={`${id}-ends`} className="flex justify-between gap-4 text-xs text-muted-foreground">
        <span>
          {min} = {lowLabel}
        </span>
        <span className="text-right">
          {max} = {highLabel}
        </span>
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}
