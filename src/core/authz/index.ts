export * from "./actor.ts";
export * from "./authorize.ts";
export * from "./scope.ts";
