// ${column} placeholders, filled from one input row. Into question XML the value goes XML-escaped: the
// question is an XML document (HTMLQuestion, QuestionForm), and in an HTMLQuestion's CDATA the same
// escaping is what the HTML needs, while it also keeps a "]]>" in the data from ending the CDATA.
import type { Row } from "./tab-file";

const PLACEHOLDER = /\$\{([^}]+)\}/g;

export function xmlEscape(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** The placeholders that no column fills: a typo there would publish HITs showing "${colum}". */
export function missingColumns(template: string, columns: string[]): string[] {
  const have = new Set(columns);
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1].trim()))].filter((name) => !have.has(name));
}

export function fillTemplate(template: string, row: Row, escape: (value: string) => string = (v) => v): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = row[name.trim()];
    return value === undefined ? whole : escape(value);
  });
}
