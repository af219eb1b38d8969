// Escaping for the XML we write (QuestionForm from the builder, QuestionFormAnswers from workers).

// Characters XML 1.0 cannot carry at all, not even as character references (C0 controls other than
// tab/newline/carriage return, U+FFFE/U+FFFF, unpaired surrogates). Workers paste them from PDFs and
// terminals; we drop them rather than write a document that no XML parser (nor MTurk's SDKs) will read.
const NOT_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripNonXmlChars(value: string): string {
  return value.replace(NOT_XML_CHARS, "");
}

/** Escapes element text. `\r` becomes a character reference because parsers turn a literal CR into LF. */
export function escapeXmlText(value: string): string {
  return stripNonXmlChars(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;") // keeps a literal "]]>" from being read as the end of a CDATA section
    .replace(/\r/g, "&#13;");
}

/**
 * Escapes a double-quoted attribute value. Tab, CR and LF become references because attribute-value
 * normalization would otherwise turn them into spaces (a regex like "a\tb" must survive the trip).
 */
export function escapeXmlAttribute(value: string): string {
  return stripNonXmlChars(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}
