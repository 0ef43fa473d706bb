import { describe, expect, it } from "vitest";
import { recognizeActors } from "../../../src/pipeline/actors/recognizeActors";
import { mentionBody } from "../../../src/pipeline/actors/mentionBody";
import { roleOn } from "../../../src/model/roleOn";
import { segment } from "../../../src/pipeline/text/segment";

function recognize(text: string, published: string | null = "2012-02-08") {
  const result = recognizeActors(text, segment(text), published);
  const named = result.mentions.map((m) => [text.slice(m.start, m.end), m.actorId] as const);
  const actor = (id: string) => result.actors.find((a) => a.id === id);
  return { ...result, named, actor };
}

describe("recognizeActors: dictionary names", () => {
  it("takes the whole titled phrase as one mention of the dictionary person", () => {
    const { named } = recognize("Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow would block the draft.");
    expect(named).toEqual([
      ["Russian Foreign Minister Sergei Lavrov", "sergey-lavrov"],
      ["Moscow", "RUS"],
    ]);
  });

  it("merges spelling variants, diacritics and surnames into one actor", () => {
    const { named, actors } = recognize(
      "Mevlüt Çavuşoğlu met Sergey Lavrov in Sochi. Later Mevlut Cavusoglu said Lavrov's proposal and Cavusoglu's were close.",
      "2017-05-03",
    );
    expect(named.map(([, id]) => id)).toEqual([
      "mevlut-cavusoglu", "sergey-lavrov", "mevlut-cavusoglu", "sergey-lavrov", "mevlut-cavusoglu",
    ]);
    expect(named[3]![0]).toBe("Lavrov");
    expect(actors.map((a) => a.id)).toEqual(["mevlut-cavusoglu", "sergey-lavrov"]);
  });

  it("resolves Assad in all its forms to Bashar al-Assad", () => {
    const { named } = recognize(
      "The resolution calls on President Bashar al-Assad to step down. Assad’s forces shelled Homs, and President al-Assad refused.",
    );
    expect(named.filter(([, id]) => id === "bashar-al-assad").map(([text]) => text)).toEqual([
      "President Bashar al-Assad", "Assad", "President al-Assad",
    ]);
  });

  it("gives persons their country and the role held on a date", () => {
    const { actor } = recognize("Dmitry Medvedev spoke by phone with Recep Tayyip Erdogan.");
    const medvedev = actor("dmitry-medvedev")!;
    expect(medvedev.country).toBe("RUS");
    expect(roleOn(medvedev, "2012-02-08")).toBe("President of Russia");
    expect(roleOn(medvedev, "2016-02-12")).toBe("Prime Minister of Russia");
    expect(roleOn(actor("recep-tayyip-erdogan")!, "2012-02-08")).toBe("Prime Minister of Turkey");
  });

  it("knows post-2015 office holders from the supplement", () => {
    const { named, actor } = recognize(
      "Vassily Nebenzia and Linda Thomas-Greenfield clashed, while Barbara Woodward and Nicolas de Rivière urged restraint and Zhang Jun abstained.",
      "2022-02-25",
    );
    expect(named.map(([, id]) => id)).toEqual([
      "vassily-nebenzia", "linda-thomas-greenfield", "barbara-woodward", "nicolas-de-riviere", "zhang-jun",
    ]);
    expect(roleOn(actor("linda-thomas-greenfield")!, "2022-02-25")).toBe("Ambassador of the United States to the UN");
  });

  it("names countries by name, abbreviation and adjective, organisations by name and acronym", () => {
    const { named } = recognize(
      "The U.S. and Britain backed the Arab League plan at the UN Security Council, while the Russian side and NATO disagreed. Let us see.",
    );
    expect(named).toEqual([
      ["U.S.", "USA"],
      ["Britain", "GBR"],
      ["Arab League", "arab-league"],
      ["UN Security Council", "un-security-council"],
      ["Russian", "RUS"],
      ["NATO", "nato"],
    ]);
  });
});

describe("recognizeActors: persons found by pattern", () => {
  it("reads an unknown envoy after a possessive country and office", () => {
    const { named, actor } = recognize("Iran's UN ambassador Amir Saeid Iravani said the strikes were illegal.", "2024-04-14");
    expect(named).toEqual([["Iran's UN ambassador Amir Saeid Iravani", "amir-saeid-iravani"]]);
    expect(actor("amir-saeid-iravani")).toEqual({
      id: "amir-saeid-iravani",
      name: "Amir Saeid Iravani",
      kind: "person",
      country: "IRN",
      roles: [{ title: "Ambassador of Iran to the UN", from: "2024-04-14", to: "2024-04-14" }],
    });
  });

  it("reads a name in apposition before the office, and refers back to it by surname", () => {
    const { named, actor } = recognize(
      "Liu Pengyu, a spokesman for the Chinese embassy in Washington, said Beijing opposed the sanctions. Liu added that talks should go on.",
      "2019-06-10",
    );
    expect(named).toEqual([
      ["Liu Pengyu", "liu-pengyu"],
      ["Chinese", "CHN"],
      ["Beijing", "CHN"],
    ]);
    expect(actor("liu-pengyu")?.country).toBe("CHN");
    expect(actor("liu-pengyu")?.roles?.[0]?.title).toBe("Spokesperson of China");
  });

  it("takes the country of an unknown official from a metonym before the office", () => {
    const { named, actor } = recognize("Kremlin spokesman Anton Sergeyev-Novak declined to comment.", "2013-03-01");
    expect(named).toEqual([["Kremlin spokesman Anton Sergeyev-Novak", "anton-sergeyev-novak"]]);
    expect(actor("anton-sergeyev-novak")?.country).toBe("RUS");
  });

  it("refers a later bare surname back to a person found by pattern", () => {
    const { named } = recognize(
      "Foreign Minister Ahmet Ertugrul Yalcin met his counterpart. Yalcin later told reporters the talks were useful.",
    );
    expect(named.map(([text, id]) => `${text}=${id}`)).toEqual([
      "Foreign Minister Ahmet Ertugrul Yalcin=ahmet-ertugrul-yalcin",
      "Yalcin=ahmet-ertugrul-yalcin",
    ]);
  });
});

describe("recognizeActors: months inside names", () => {
  it("keeps a month-like word that ends a name, rejects a month standing alone", () => {
    const { named } = recognize(
      "China's ambassador Zhang Jun said Beijing abstained. In March, the envoy said little. Prime Minister Theresa May disagreed.",
      "2017-03-20",
    );
    expect(named.map(([text, id]) => `${text}=${id}`)).toEqual([
      "China's ambassador Zhang Jun=zhang-jun",
      "Beijing=CHN",
      "Prime Minister Theresa May=theresa-may",
    ]);
  });
});

describe("recognizeActors: what is not an actor", () => {
  it("does not take capitals used as places for the government", () => {
    const { named } = recognize("Lavrov spoke at a news conference in Moscow after talks in central Beijing and a visit to Ankara.");
    expect(named).toEqual([["Lavrov", "sergey-lavrov"]]);
  });

  it("does not make persons of titles alone, weekdays, months or sentence-initial words", () => {
    const { named } = recognize(
      "The Prime Minister said on Monday that the Security Council would meet in March. Meanwhile, Munich hosted the conference. Officials declined to comment.",
    );
    expect(named).toEqual([["Security Council", "un-security-council"]]);
  });

  it("does not invent persons from capitalised headline words", () => {
    const { mentions } = recognize("Russia’s PM Warns Washington Over Syria Strikes\n\nThe statement came late.");
    expect(mentions.every((m) => !m.actorId.includes("warns"))).toBe(true);
  });

  it("keeps mentions sorted and non-overlapping", () => {
    const text = "U.S. Secretary of State Hillary Clinton and Russian Foreign Minister Sergei Lavrov met UN envoy Kofi Annan.";
    const { mentions } = recognize(text);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    expect(mentions.map((m) => m.actorId)).toEqual(["hillary-clinton", "sergey-lavrov", "kofi-annan"]);
  });
});

describe("mentionBody", () => {
  it("tells a body of the country from the country itself", () => {
    const text = "the Kremlin press service said, and the State Department spokeswoman added, while Russia objected.";
    const { mentions } = recognize(text);
    expect(mentions.map((m) => [m.actorId, mentionBody(text, m)])).toEqual([
      ["RUS", "press service"],
      ["USA", "spokeswoman"],
      ["RUS", null],
    ]);
  });
});

describe("recognizeActors: initials in titled names", () => {
  it("keeps a middle initial and leading initials, not U.S. or U.N.", () => {
    const { named } = recognize("Ambassador Pavel K. Orlov spoke first. Later Ambassador R.K. Menon replied to the U.S. envoy.");
    const names = named.map(([name]) => name);
    expect(names).toContain("Ambassador Pavel K. Orlov");
    expect(names).toContain("Ambassador R.K. Menon");
  });
});
