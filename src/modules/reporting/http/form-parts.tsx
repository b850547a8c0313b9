import type { FieldErrors } from "../../../core/views/components.tsx";

// Form pieces the core design system does not have yet: a labelled text area and date field.

export function TextArea(p: {
  name: string;
  label: string;
  value?: string | null;
  errors?: FieldErrors;
  required?: boolean;
  maxlength?: number;
  rows?: number;
}) {
  const id = `f-${p.name}`;
  const error = p.errors?.[p.name];
  return (
    <div class={error ? "field field-error" : "field"}>
      <label for={id}>
        {p.label}
        {p.required ? <span class="req"> *</span> : null}
      </label>
      {error ? (
        <p class="error-text" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={p.name}
        rows={p.rows ?? 3}
        maxlength={p.maxlength}
        required={p.required}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {p.value ?? ""}
      </textarea>
    </div>
  );
}

/** A file input taking several files (evidence, attachments); the server checks each one's bytes. */
export function FilesField(p: {
  label: string;
  errors?: FieldErrors;
  required?: boolean;
  /** When two forms of a page take files, the second needs an id of its own. */
  id?: string;
}) {
  const error = p.errors?.files;
  const id = p.id ?? "f-files";
  return (
    <div class={error ? "field field-error" : "field"}>
      <label for={id}>{p.label}</label>
      {error ? (
        <p class="error-text" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        name="files"
        multiple
        required={p.required}
        accept=".pdf,.jpg,.jpeg,.png,.docx"
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );
}
