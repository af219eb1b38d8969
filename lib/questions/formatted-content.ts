// FormattedContent is requester-written XHTML shown inside our own pages (not in a sandboxed iframe like
// HTMLQuestion), so it passes an allowlist close to MTurk's: text formatting, lists, tables, links and
// images. Scripts, styles, event handlers, frames, forms and script-capable URLs never get through.
import sanitizeHtml from "sanitize-html";

const ALLOWED_TAGS = [
  "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "div", "span", "blockquote", "pre", "code",
  "b", "i", "em", "strong", "u", "s", "strike", "small", "big", "sub", "sup", "tt", "kbd", "samp", "var",
  "abbr", "cite", "q", "dfn", "ins", "del", "mark",
  "ul", "ol", "li", "dl", "dt", "dd",
  "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "colgroup", "col",
  "a", "img",
];

const LINK_SCHEMES = /^(https?:|mailto:)/i;
const IMAGE_SOURCES = /^(https?:|data:image\/[a-z0-9.+-]+[;,])/i;

const options: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    img: ["src", "alt", "title", "width", "height"],
    td: ["colspan", "rowspan"],
    th: ["colspan", "rowspan", "scope"],
    col: ["span"],
    colgroup: ["span"],
    ol: ["start", "type"],
    abbr: ["title"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https", "data"] },
  allowProtocolRelative: false,
  // Relative URLs would point at Piecework itself (a GET to our own endpoints with the worker's cookies);
  // requester content has no business there, so only absolute URLs of the allowed schemes are kept.
  transformTags: {
    a: (tagName, attribs) => {
      const kept = keepUrl(attribs, "href", LINK_SCHEMES);
      delete kept.rel;
      delete kept.target;
      // A link opens outside the task and must not get a handle on the worker's tab.
      return { tagName, attribs: { ...kept, rel: "noopener noreferrer", target: "_blank" } };
    },
    img: (tagName, attribs) => ({ tagName, attribs: keepUrl(attribs, "src", IMAGE_SOURCES) }),
  },
  // An image whose source was refused would render as a broken-image icon; drop it instead.
  exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs.src,
  disallowedTagsMode: "discard",
};

/** The attributes with `name` kept (trimmed) only when it matches `allowed`; the order is unchanged. */
function keepUrl(attribs: sanitizeHtml.Attributes, name: string, allowed: RegExp): sanitizeHtml.Attributes {
  const kept: sanitizeHtml.Attributes = {};
  for (const [key, value] of Object.entries(attribs)) {
    if (key !== name) kept[key] = value;
    else if (allowed.test(value.trim())) kept[key] = value.trim();
  }
  return kept;
}

export function sanitizeFormattedContent(xhtml: string): string {
  return sanitizeHtml(xhtml, options);
}

const textOnly: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {} };

/**
 * The visible text of FormattedContent, for places that cannot hold markup (an <option>, a label in the
 * requester's results table). Script and style bodies are dropped along with the tags.
 */
export function formattedContentToText(xhtml: string): string {
  const escaped = sanitizeHtml(xhtml.replace(/<br\s*\/?>|<\/(p|div|li|h[1-6]|tr)>/gi, " "), textOnly);
  return escaped
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
