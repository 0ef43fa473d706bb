import { describe, expect, it } from "vitest";
import { foldForSearch } from "../../../src/app/filter/foldForSearch";
import { queryTerms } from "../../../src/app/filter/queryTerms";

describe("folding for search", () => {
  it("writes Russian and Ukrainian names as English-language news does", () => {
    expect(foldForSearch("Сергей Лавров")).toBe("sergey lavrov");
    expect(foldForSearch("Василий Небензя")).toBe("vasiliy nebenzya");
    expect(foldForSearch("Дмитрий Кулеба")).toBe("dmitriy kuleba");
    expect(foldForSearch("Щербаков, Жуков, Юрьев")).toBe("shcherbakov, zhukov, yurev");
  });

  it("folds Latin text as before: case and accents", () => {
    expect(foldForSearch("Çavuşoğlu")).toBe("cavusoglu");
    expect(foldForSearch("ELYSÉE")).toBe("elysee");
  });

  it("lets a Cyrillic query find a Latin name and the other way round", () => {
    expect(foldForSearch("Sergey Lavrov").includes(queryTerms("Лавров")[0]!)).toBe(true);
    expect(foldForSearch("«Мы не поддержим», — сказал Лавров").includes(queryTerms("lavrov")[0]!)).toBe(true);
  });
});
