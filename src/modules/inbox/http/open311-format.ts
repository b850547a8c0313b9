import type { Context } from "hono";
import type { AppEnv } from "../../../core/http/env.ts";
import type { Problem } from "./open311-services.ts";

// Open311 answers in the format the resource names (`requests.json`, `requests.xml`). The XML
// follows the spec's element names: a list's root is plural and each entry singular
// (<service_requests><request>…), nested lists likewise (<attributes><attribute>…).

export const FORMATS = ["json", "xml"] as const;
export type Format = (typeof FORMATS)[number];

/** "requests.json" → "requests", "json"; anything else is not an Open311 resource. */
export function splitFile(file: string): { name: string; format: Format } | null {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  return m ? { name: m[1] as string, format: m[2] as Format } : null;
}

export const formatOfPath = (path: string): Format => (path.endsWith(".xml") ? "xml" : "json");

const CHILD: Record<string, string> = {
  endpoints: "endpoint",
  formats: "format",
  attributes: "attribute",
  values: "value",
};

/** Control characters other than tab and line breaks: XML 1.0 cannot carry them at all. */
const xmlForbidden = (ch: string) => {
  const n = ch.charCodeAt(0);
  return n < 0x20 && n !== 0x09 && n !== 0x0a && n !== 0x0d;
};

const xmlText = (s: string) =>
  [...s]
    .filter((ch) => !xmlForbidden(ch))
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}></${name}>`;
  if (Array.isArray(value))
    return `<${name}>${value.map((v) => element(CHILD[name] ?? "item", v)).join("")}</${name}>`;
  if (typeof value === "object")
    return `<${name}>${Object.entries(value)
      .map(([k, v]) => element(k, v))
      .join("")}</${name}>`;
  return `<${name}>${xmlText(String(value))}</${name}>`;
}

/** The root of each resource: a list's element and its entries', or one object's element. */
export type Root = { list: string; item: string } | { object: string };

export function reply(
  c: Context<AppEnv>,
  format: Format,
  root: Root,
  body: unknown,
  status: 200 | 201 | 400 | 403 | 404 | 500 = 200,
) {
  if (format === "json") return c.json(body, status);
  const xml =
    "list" in root
      ? `<${root.list}>${(body as unknown[]).map((v) => element(root.item, v)).join("")}</${root.list}>`
      : element(root.object, body);
  c.header("Content-Type", "text/xml; charset=utf-8");
  return c.body(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`, status);
}

/** Open311's error body: a list of {code, description}, one per problem. */
export function fail(
  c: Context<AppEnv>,
  format: Format,
  status: 400 | 403 | 404 | 500,
  problems: readonly Problem[],
) {
  return reply(
    c,
    format,
    { list: "errors", item: "error" },
    problems.map((p) => ({
      code: status,
      description: p.param ? `${p.param}: ${p.message}` : p.message,
    })),
    status,
  );
}
