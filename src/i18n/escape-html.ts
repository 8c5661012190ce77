/** Escapes text for HTML, for dictionary entries that return markup: `a < b & "c"` -> `a &lt; b &amp; &quot;c&quot;`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
