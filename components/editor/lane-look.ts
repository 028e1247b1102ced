import {
  CircleCheck,
  Cog,
  Footprints,
  Frown,
  Gauge,
  LifeBuoy,
  Lightbulb,
  type LucideIcon,
  MessageCircle,
  MousePointerClick,
  Radio,
  Smile,
  StickyNote,
  Target,
} from "lucide-react";
import type { LaneKind } from "@/lib/journey/map-vocabulary";

/**
 * How each kind of lane looks, so a map reads at a glance: its icon and colour on the lane
 * header, and the card style of its cards (pain points red, opportunities green, thoughts
 * as speech bubbles, backstage muted), and its swatch in the template gallery's previews. The colours carry no meaning on their own: the lane
 * name and the icon say the same.
 */
export const LANE_LOOK: Record<LaneKind, { icon: LucideIcon; accent: string; card: string; swatch: string }> = {
  need: { icon: Target, accent: "text-sky-700", card: "border-sky-200 bg-sky-50", swatch: "bg-sky-200" },
  actions: { icon: Footprints, accent: "text-indigo-700", card: "border-border bg-card", swatch: "bg-indigo-200" },
  touchpoints: { icon: MousePointerClick, accent: "text-teal-700", card: "border-border bg-card border-l-4 border-l-chart-2", swatch: "bg-teal-400" },
  channel: { icon: Radio, accent: "text-slate-600", card: "border-border bg-card", swatch: "bg-slate-200" },
  emotion: { icon: Smile, accent: "text-amber-700", card: "", swatch: "bg-amber-300" },
  thoughts: { icon: MessageCircle, accent: "text-violet-700", card: "rounded-2xl rounded-bl-sm border-violet-200 bg-violet-50", swatch: "bg-violet-200" },
  pain_points: { icon: Frown, accent: "text-red-700", card: "border-red-200 bg-red-50 border-l-4 border-l-red-500", swatch: "bg-red-300" },
  opportunities: { icon: Lightbulb, accent: "text-emerald-700", card: "border-emerald-200 bg-emerald-50 border-l-4 border-l-emerald-500", swatch: "bg-emerald-300" },
  backstage: { icon: Cog, accent: "text-slate-600", card: "border-dashed border-slate-300 bg-slate-50 text-slate-700", swatch: "bg-slate-200" },
  happy_flow: { icon: CircleCheck, accent: "text-green-700", card: "border-green-200 bg-green-50/60", swatch: "bg-green-200" },
  fallback_flow: { icon: LifeBuoy, accent: "text-orange-700", card: "border-orange-200 bg-orange-50", swatch: "bg-orange-200" },
  kpis: { icon: Gauge, accent: "text-blue-700", card: "border-blue-200 bg-card", swatch: "bg-blue-300" },
  custom: { icon: StickyNote, accent: "text-slate-600", card: "border-border bg-card", swatch: "bg-slate-200" },
};
