import { Briefcase, FilePlus, Headset, LayoutTemplate, type LucideIcon, Package, Route, Store, Workflow } from "lucide-react";
import type { MapStarter } from "@/lib/journey/templates/template-ids";

/** The icon of each way to start a map, in the template picker and the gallery. */
export const TEMPLATE_ICONS: Record<MapStarter, LucideIcon> = {
  blank: FilePlus,
  "five-phase": Route,
  "ecommerce-order": Package,
  "support-case": Headset,
  "b2b-onboarding": Briefcase,
  "service-blueprint": LayoutTemplate,
  "diy-store-visit": Store,
  "service-process": Workflow,
};
