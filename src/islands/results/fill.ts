/** The template's text with each "{name}" replaced by its value, as parts to render (text or elements). */
export function fill<T>(template: string, values: Readonly<Record<string, T>>): (string | T)[] {
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 === 1 ? (values[part] ?? part) : part));
}
