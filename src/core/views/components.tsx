import type { Child } from "hono/jsx";
import { type Lang, pick, type Text } from "../i18n/lang.ts";
import { ui } from "../i18n/ui.ts";

export interface Crumb {
  label: string;
  href?: string;
}

export function Breadcrumbs(p: { lang: Lang; items: Crumb[] }) {
  return (
    <nav aria-label={ui(p.lang).breadcrumbs} class="crumbs">
      <ol>
        {p.items.map((c, i) =>
          c.href && i < p.items.length - 1 ? (
            <li>
              <a href={c.href}>{c.label}</a>
            </li>
          ) : (
            <li aria-current="page">{c.label}</li>
          ),
        )}
      </ol>
    </nav>
  );
}

export type BadgeTone = "neutral" | "ok" | "warn" | "bad" | "info";

export function Badge(p: { tone?: BadgeTone; children: Child }) {
  return <span class={`badge badge-${p.tone ?? "neutral"}`}>{p.children}</span>;
}

export function EmptyState(p: { title: string; children?: Child }) {
  return (
    <div class="empty">
      <p class="empty-title">{p.title}</p>
      {p.children}
    </div>
  );
}

/** A data table with a caption (read by screen readers) and header cells with scope. */
export function Table(p: {
  caption: string;
  head: string[];
  children: Child;
  captionHidden?: boolean;
}) {
  return (
    <div class="table-wrap">
      <table>
        <caption class={p.captionHidden ? "visually-hidden" : undefined}>{p.caption}</caption>
        <thead>
          <tr>
            {p.head.map((h) => (
              <th scope="col">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>{p.children}</tbody>
      </table>
    </div>
  );
}

export type FieldErrors = Record<string, string>;

/**
 * Messages from commands and schemas stay Vietnamese in both languages (the API contract);
 * on an English page they are marked lang="vi" so screen readers pronounce them rightly.
 */
export const messageLang = (lang: Lang, message: string): "vi" | undefined =>
  lang === "en" && /[\u00C0-\u1EF9]/u.test(message) ? "vi" : undefined;

/** Lists every error at the top of a form, each linking to its field (WCAG 3.3.1). */
export function ErrorSummary(p: { lang: Lang; errors: FieldErrors; message?: string }) {
  const entries = Object.entries(p.errors);
  if (entries.length === 0 && !p.message) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>{ui(p.lang).fixErrors}</h2>
      {p.message ? <p lang={messageLang(p.lang, p.message)}>{p.message}</p> : null}
      <ul>
        {entries.map(([field, msg]) => (
          <li>
            <a href={`#f-${field}`} lang={messageLang(p.lang, msg)}>
              {msg}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** `aria-describedby` of a control: its hint, then its error. */
const describedByOf = (id: string, hint: string | undefined, error: string | undefined) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

/** A control's frame: the label (with * when required), its hint and its error above it. */
function FieldFrame(p: {
  id: string;
  label: string;
  required?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  children: Child;
}) {
  return (
    <div class={p.error ? "field field-error" : "field"}>
      <label for={p.id}>
        {p.label}
        {p.required ? <span class="req"> *</span> : null}
      </label>
      {p.hint ? (
        <p class="hint" id={`${p.id}-hint`}>
          {p.hint}
        </p>
      ) : null}
      {p.error ? (
        <p class="error-text" id={`${p.id}-error`}>
          {p.error}
        </p>
      ) : null}
      {p.children}
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  value?: string | number | null;
  errors?: FieldErrors;
  hint?: string;
  type?: string;
  required?: boolean;
  autocomplete?: string;
  maxlength?: number;
  inputmode?: "decimal" | "email" | "none" | "numeric" | "search" | "tel" | "text" | "url";
  pattern?: string;
}

export function Field(p: FieldProps) {
  const id = `f-${p.name}`;
  const error = p.errors?.[p.name];
  return (
    <FieldFrame id={id} label={p.label} required={p.required} hint={p.hint} error={error}>
      <input
        id={id}
        name={p.name}
        type={p.type ?? "text"}
        value={p.value ?? ""}
        required={p.required}
        autocomplete={p.autocomplete}
        maxlength={p.maxlength}
        inputmode={p.inputmode}
        pattern={p.pattern}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedByOf(id, p.hint, error)}
      />
    </FieldFrame>
  );
}

/**
 * A labelled text area with its hint and error, linked from the error summary by `#f-<name>`.
 */
export function TextArea(p: {
  name: string;
  label: string;
  value?: string | null;
  errors?: FieldErrors;
  required?: boolean;
  maxlength?: number;
  rows?: number;
  hint?: string;
}) {
  const id = `f-${p.name}`;
  const error = p.errors?.[p.name];
  return (
    <FieldFrame id={id} label={p.label} required={p.required} hint={p.hint} error={error}>
      <textarea
        id={id}
        name={p.name}
        rows={p.rows ?? 3}
        maxlength={p.maxlength}
        required={p.required}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedByOf(id, p.hint, error)}
      >
        {p.value ?? ""}
      </textarea>
    </FieldFrame>
  );
}

/**
 * A file input for attachments (PDF, JPEG, PNG, DOCX; the server checks the bytes, see
 * core/storage/attachment-type.ts), with its error above it.
 */
export function AttachmentField(p: {
  label: string;
  error?: string | undefined;
  name?: string;
  required?: boolean;
  multiple?: boolean;
  /** When two forms of a page take files, the second needs an id of its own. */
  id?: string;
}) {
  const name = p.name ?? "file";
  const id = p.id ?? `f-${name}`;
  return (
    <FieldFrame id={id} label={p.label} error={p.error}>
      <input
        id={id}
        type="file"
        name={name}
        required={p.required ?? true}
        multiple={p.multiple}
        accept=".pdf,.jpg,.jpeg,.png,.docx"
        aria-invalid={p.error ? "true" : undefined}
        aria-describedby={describedByOf(id, undefined, p.error)}
      />
    </FieldFrame>
  );
}

/** A blank "—" choice, then one option per value with its label in the page's language. */
export function labelledOptions<K extends string>(
  lang: Lang,
  values: readonly K[],
  labels: Partial<Record<K, Text>>,
): { value: string; label: string }[] {
  return [
    { value: "", label: "—" },
    ...values.map((v) => ({ value: v, label: labels[v] ? pick(lang, labels[v]) : v })),
  ];
}

export function SelectField(p: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string | null;
  errors?: FieldErrors;
  required?: boolean;
}) {
  const id = `f-${p.name}`;
  const error = p.errors?.[p.name];
  return (
    <FieldFrame id={id} label={p.label} required={p.required} error={error}>
      <select
        id={id}
        name={p.name}
        required={p.required}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedByOf(id, undefined, error)}
      >
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CsrfField(p: { token: string }) {
  return <input type="hidden" name="_csrf" value={p.token} />;
}

export function Notice(p: { tone?: BadgeTone; children: Child }) {
  return (
    <div class={`notice notice-${p.tone ?? "info"}`} role="status">
      {p.children}
    </div>
  );
}

/** A one-field GET search form (works without JavaScript); the label is for screen readers. */
export function SearchForm(p: {
  label: string;
  placeholder: string;
  button: string;
  value: string;
  action?: string;
}) {
  return (
    <form method="get" action={p.action} class="search-form" role="search">
      <label for="q" class="visually-hidden">
        {p.label}
      </label>
      <input
        type="search"
        id="q"
        name="q"
        value={p.value}
        placeholder={p.placeholder}
        maxlength={100}
      />
      <button type="submit">{p.button}</button>
    </form>
  );
}
