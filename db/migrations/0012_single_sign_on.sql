CREATE TABLE "workspace_sso_domains" (
	"workspace_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"role" "workspace_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspace_sso_domains_domain_unique" UNIQUE("domain")
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "auth_method" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "sso_required" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "workspace_sso_domains" ADD CONSTRAINT "workspace_sso_domains_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "workspace_sso_domains_workspace" ON "workspace_sso_domains" USING btree ("workspace_id");