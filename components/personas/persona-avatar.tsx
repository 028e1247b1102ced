import { personaInitials } from "@/lib/personas/persona-avatar";
import { cn } from "@/lib/utils";

/** A persona's initials on its colour; decorative, so callers show the name beside it. */
export function PersonaAvatar({ name, color, size = "md", className }: { name: string; color: string; size?: "sm" | "md" | "lg"; className?: string }) {
  return (
    <span
      aria-hidden
      className={cn(
        "inline-flex shrink-0 select-none items-center justify-center rounded-full font-semibold text-white",
        size === "sm" && "h-6 w-6 text-[0.625rem]",
        size === "md" && "h-8 w-8 text-xs",
        size === "lg" && "h-12 w-12 text-base",
        className,
      )}
      style={{ backgroundColor: color }}
    >
      {personaInitials(name)}
    </span>
  );
}
