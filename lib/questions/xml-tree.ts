// A small, strict XML reader over fast-xml-parser: one element tree with resolved namespaces and
// decoded text, or a DomainError("InvalidInput") that says what is wrong. fast-xml-parser alone is
// lenient where we must not be (it accepts several root elements, unknown entities, and silently drops a
// DOCTYPE), so those checks live here.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DomainError } from "@/lib/errors";

export interface XmlText {
  type: "text";
  value: string;
  /** True for a CDATA section (its content is taken literally, never entity-decoded). */
  cdata: boolean;
}

export interface XmlElement {
  type: "element";
  /** Local name, without any namespace prefix. */
  name: string;
  /** Namespace URI in scope for the element, or undefined when it has none. */
  namespace: string | undefined;
  /** Attributes by their qualified name, values decoded; namespace declarations are left out. */
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | XmlText;

const TEXT = "#text";
const CDATA = "#cdata";
const ATTRS = ":@";

// processEntities is off on purpose: the library decodes &amp; before numeric references, so "&amp;#10;"
// would come out as a newline. We decode all references ourselves, in one pass, in decodeReferences.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: CDATA,
  processEntities: false,
  allowBooleanAttributes: false,
});

type RawNode = Record<string, unknown>;

function fail(documentName: string, problem: string): never {
  throw new DomainError("InvalidInput", `${documentName} ${problem}`);
}

export function parseXmlTree(xml: string, documentName: string): XmlElement {
  // The API face hands over whatever JSON the caller sent; a missing or non-string value is bad input, not a crash.
  if (typeof xml !== "string") fail(documentName, "is missing; send the XML document as a string.");
  // XML end-of-line handling (spec 2.11) happens before parsing, CDATA included.
  const source = xml.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (source.trim() === "") fail(documentName, "is empty.");

  // DTDs can define entities (billion laughs, external files); QuestionForm never needs one.
  const outsideCdataAndComments = source.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "").replace(/<!--[\s\S]*?-->/g, "");
  if (/<!DOCTYPE/i.test(outsideCdataAndComments)) fail(documentName, "must not contain a DOCTYPE declaration.");

  const verdict = XMLValidator.validate(source, { allowBooleanAttributes: false });
  if (verdict !== true) {
    const { msg, line, col } = verdict.err;
    const where = line ? ` (line ${line}${col ? `, column ${col}` : ""})` : "";
    fail(documentName, `is not well-formed XML: ${msg}${where}`);
  }

  let raw: RawNode[];
  try {
    raw = parser.parse(source) as RawNode[];
  } catch (error) {
    fail(documentName, `is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }

  const roots = raw.filter((node) => {
    const key = tagKey(node);
    if (key === TEXT) {
      if (String(node[TEXT]).trim() !== "") fail(documentName, "has text outside its root element.");
      return false;
    }
    return key !== undefined && !key.startsWith("?");
  });
  if (roots.length !== 1) fail(documentName, `must have exactly one root element, found ${roots.length}.`);

  return toElement(roots[0], new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]), documentName);
}

function tagKey(node: RawNode): string | undefined {
  return Object.keys(node).find((key) => key !== ATTRS);
}

function toElement(node: RawNode, parentScope: Map<string, string>, documentName: string): XmlElement {
  const qname = tagKey(node)!;
  const rawAttributes = (node[ATTRS] ?? {}) as Record<string, string>;

  let scope = parentScope;
  const attributes: Record<string, string> = {};
  for (const [attrName, rawValue] of Object.entries(rawAttributes)) {
    const value = decodeReferences(rawValue.replace(/[\t\n]/g, " "), documentName);
    if (attrName === "xmlns" || attrName.startsWith("xmlns:")) {
      if (scope === parentScope) scope = new Map(parentScope);
      scope.set(attrName === "xmlns" ? "" : attrName.slice("xmlns:".length), value);
    } else {
      attributes[attrName] = value;
    }
  }

  const colon = qname.indexOf(":");
  const prefix = colon >= 0 ? qname.slice(0, colon) : "";
  const name = colon >= 0 ? qname.slice(colon + 1) : qname;
  if (prefix && !scope.has(prefix)) fail(documentName, `uses the undeclared namespace prefix "${prefix}" on <${qname}>.`);
  const namespace = scope.get(prefix) || undefined;

  const children: XmlNode[] = [];
  for (const child of (node[qname] ?? []) as RawNode[]) {
    const key = tagKey(child);
    if (key === undefined || key.startsWith("?")) continue;
    if (key === TEXT) {
      children.push({ type: "text", value: decodeReferences(String(child[TEXT]), documentName), cdata: false });
    } else if (key === CDATA) {
      const parts = (child[CDATA] ?? []) as RawNode[];
      children.push({ type: "text", value: parts.map((part) => String(part[TEXT] ?? "")).join(""), cdata: true });
    } else {
      children.push(toElement(child, scope, documentName));
    }
  }
  return { type: "element", name, namespace, attributes, children };
}

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references; anything else is an error. */
function decodeReferences(raw: string, documentName: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(?:([^;&<\s]{1,40});)?/g, (whole, ref: string | undefined) => {
    if (ref === undefined) fail(documentName, `has a "&" that does not start an entity; write it as &amp;.`);
    if (Object.hasOwn(PREDEFINED, ref)) return PREDEFINED[ref];
    const numeric = /^#x([0-9a-fA-F]+)$/.exec(ref) ?? /^#([0-9]+)$/.exec(ref);
    if (!numeric) fail(documentName, `uses the unknown entity ${whole}; only &lt; &gt; &amp; &quot; &apos; and character references are allowed.`);
    const codePoint = parseInt(numeric[1], ref.startsWith("#x") ? 16 : 10);
    if (!isXmlChar(codePoint)) fail(documentName, `has the character reference ${whole}, which is not a character XML allows.`);
    return String.fromCodePoint(codePoint);
  });
}

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}
