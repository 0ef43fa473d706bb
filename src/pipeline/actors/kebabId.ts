import { foldText } from "../../model/foldText";

/** "Sergey Lavrov" → "sergey-lavrov", "Mevlüt Çavuşoğlu" → "mevlut-cavusoglu". */
export function kebabId(name: string): string {
  return foldText(name)
    .replace(/['’.]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
