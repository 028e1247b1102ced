export * from "./auth";
export * from "./workspaces";
export * from "./audit";
export * from "./maps";
export * from "./evidence";
export * from "./dashboards";
export * from "./reviews";
export * from "./snapshots";
