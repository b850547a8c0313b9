import pino from "pino";

// JSON logs. Personal data never goes here: callers log ids and codes, never names or ID numbers;
// the redact list is a second line of defence for fields that might slip in.
export function createLogger(level = process.env.COSO_LOG_LEVEL ?? "info") {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: [
        "*.password",
        "*.idNumber",
        "*.id_number",
        "*.fullName",
        "*.full_name",
        "*.birthDate",
        "*.address",
        "req.headers.cookie",
        "req.headers.authorization",
      ],
      censor: "[đã ẩn]",
    },
  });
}

export type Logger = ReturnType<typeof createLogger>;
