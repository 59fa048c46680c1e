/**
 * Text for XML and HTML, written here rather than taken from a library: no escaping library is a
 * dependency of the project (only transitive copies sit in node_modules), and the rules are short.
 * `&`, `<`, `>`, `"` and `'` become entities, so the result is safe in element text and in quoted
 * attribute values alike; characters XML 1.0 does not allow at all (C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE/U+FFFF) are dropped, as no entity can carry them.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const NOT_XML =
  // eslint-disable-next-line no-control-regex -- the point is to find the control characters XML forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
