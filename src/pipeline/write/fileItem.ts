import { ActorSchema, ArticleSchema, EventSchema, formatIssues } from "../../model";

const SCHEMAS = { articles: ArticleSchema, actors: ActorSchema, events: EventSchema };

export type ListName = keyof typeof SCHEMAS;

/**
 * One item of the event file's lists, checked against the contract and serialised as it
 * appears in the file: the text of `JSON.stringify(file, null, 2)` for that item, keys in
 * the schema's order. Done where the item is made (a worker, for articles and most
 * events), so the writer only copies text. The event file schema has no rule across
 * items, so checking every item is checking the file. `at` names the item in the error
 * (its place in the list, else its id).
 */
export function toFileItem(list: ListName, value: unknown, at: number | string): string {
  const parsed = SCHEMAS[list].safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ ...issue, path: [`${list}[${at}]`, ...issue.path] }));
    throw new Error(`the event file breaks the contract:\n  ${formatIssues(issues).join("\n  ")}`);
  }
  return JSON.stringify(parsed.data, null, 2).replace(/\n/g, "\n    ");
}
