"use client";
import { Bell, BellOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { followMapAction } from "@/app/w/[slug]/maps/[mapId]/review/actions";
import { Button } from "@/components/ui/button";

/** Follow the map: hear (inbox, e-mail) when it is due for its quarterly review. */
export function FollowMapButton({ slug, mapId, following }: { slug: string; mapId: string; following: boolean }) {
  const t = useTranslations("reviews.follow");
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="outline"
      size="sm"
      aria-pressed={following}
      title={t("hint")}
      disabled={pending}
      className="print:hidden"
      onClick={() =>
        startTransition(async () => {
          const result = await followMapAction(slug, { mapId, follow: !following }).catch(() => null);
          if (result?.ok) toast.success(following ? t("stopped") : t("started"));
          else toast.error(t("failed"));
        })
      }
    >
      {following ? <BellOff aria-hidden className="h-4 w-4" /> : <Bell aria-hidden className="h-4 w-4" />}
      {following ? t("unfollow") : t("follow")}
    </Button>
  );
}
