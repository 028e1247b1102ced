import {
  CircleHelp,
  Globe,
  type LucideIcon,
  Mail,
  Mailbox,
  Megaphone,
  MessageCircle,
  Newspaper,
  Phone,
  Rss,
  Search,
  Share2,
  Smartphone,
  Star,
  Store,
  Users,
  Video,
} from "lucide-react";
import type { Channel } from "@/lib/journey/map-vocabulary";

const ICONS: Record<Channel, LucideIcon> = {
  web: Globe,
  app: Smartphone,
  email: Mail,
  phone: Phone,
  chat: MessageCircle,
  store: Store,
  social: Share2,
  post: Mailbox,
  ads: Megaphone,
  review_site: Star,
  search: Search,
  word_of_mouth: Users,
  news: Newspaper,
  blog: Rss,
  webinar: Video,
  other: CircleHelp,
};

/** The icon of a touchpoint's channel; decorative, so the channel name must be shown or labelled beside it. */
export function ChannelIcon({ channel, className }: { channel: Channel; className?: string }) {
  const Icon = ICONS[channel];
  return <Icon aria-hidden className={className ?? "h-3.5 w-3.5"} />;
}
