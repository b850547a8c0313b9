// The baseline for the throughput figure: a bare Hono app on @hono/node-server, nothing else.
// Run by bench/run.ts in its own process: PORT=… node --import tsx bench/hello-server.ts
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const port = Number(process.env.PORT ?? "0");
const app = new Hono().get("/", (c) => c.text("hello"));

const server = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`hello listening on http://127.0.0.1:${info.port}\n`);
});

const stop = () => {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2_000).unref();
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
