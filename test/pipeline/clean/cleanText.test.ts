import { describe, expect, it } from "vitest";
import { cleanText } from "../../../src/pipeline/clean/cleanText";
import { sourceOffset } from "../../../src/pipeline/clean/offsetMap";

const LEDE =
  "The French foreign minister said on Monday that Paris would table a new draft resolution on Mali at the Security Council next week.";
const SECOND =
  "“We cannot stand by while the situation deteriorates,” the minister told reporters in Paris, adding that African partners backed the text.";
const THIRD = "Diplomats said China and Russia had not yet indicated how they would vote on the draft.";

function paragraphs(text: string): string[] {
  return text.split("\n\n");
}

describe("cleanText", () => {
  it("drops the page header above a known headline, menus, credits and captions", () => {
    const page = [
      "Home | World | Africa",
      "Your trusted source for international news. Read us every day for the stories that matter.",
      "France Seeks UN Vote on Mali",
      "Photograph: Stringer/Reuters",
      "French Foreign Minister at a press conference in Paris, 3 March 2013 - The Daily Globe",
      "Share this article",
      LEDE,
      "",
      SECOND,
      "",
      THIRD,
      "",
      "Comments are closed.",
      "Sign up for our daily briefing",
      "© 2013 The Daily Globe. All rights reserved.",
    ].join("\n");
    const cleaned = cleanText(page, "France seeks UN vote on Mali");
    expect(paragraphs(cleaned.text)).toEqual([LEDE, SECOND, THIRD]);
    expect(cleaned.droppedShare).toBeGreaterThan(0.2);
  });

  it("finds the headline itself when no title is known", () => {
    const cleaned = cleanText(`Menu\nWorld\nFrance Seeks UN Vote on Mali\n\n${LEDE}\n\n${SECOND}`, null);
    expect(cleaned.title).toBe("France Seeks UN Vote on Mali");
    expect(paragraphs(cleaned.text)).toEqual([LEDE, SECOND]);
  });

  it("drops a related-article teaser and its blurb between paragraphs", () => {
    const page = [
      LEDE,
      "",
      "Mali Army Retakes Northern Town",
      "Government troops entered the town after a week of fighting, officials said.",
      "",
      SECOND,
    ].join("\n");
    expect(paragraphs(cleanText(page, null).text)).toEqual([LEDE, SECOND]);
  });

  it("keeps article text that follows a teaser headline in the same block", () => {
    const dateline = "PARIS (AFP) — France will table a draft resolution on Mali, the foreign minister said.";
    const continuation = "He added that a vote could come as early as next week.";
    const page = [LEDE, "", "Mali Army Retakes Northern Town", dateline, "", "Caption of a photo - AFP", "Related Coverage: Mali", continuation].join("\n");
    expect(paragraphs(cleanText(page, null).text)).toEqual([LEDE, dateline, continuation]);
  });

  it("drops a lede printed twice and a standfirst that is the lede cut short", () => {
    const standfirst = LEDE.slice(0, LEDE.indexOf(" at the Security"));
    expect(paragraphs(cleanText(`${LEDE}\n\n${LEDE}\n\n${SECOND}`, null).text)).toEqual([LEDE, SECOND]);
    expect(paragraphs(cleanText(`${standfirst}\n\n${LEDE}\n\n${SECOND}`, null).text)).toEqual([LEDE, SECOND]);
  });

  it("drops lines in another script than the article", () => {
    const page = `${LEDE}\n\nОткрыть материал полностью\n\n${SECOND}\n\nاقرأ المزيد من الأخبار على موقعنا`;
    expect(paragraphs(cleanText(page, null).text)).toEqual([LEDE, SECOND]);
    const russian = "Министр иностранных дел России Сергей Лавров заявил во вторник, что Москва не поддержит проект.";
    expect(cleanText(`${russian}\n\nRead the English version here`, null).text).toBe(russian);
  });

  it("normalises odd spaces without moving offsets and removes invisible characters", () => {
    const source = "MUNICH (Sputnik)\u00a0— The United\u2009States has started to\u00a0understand, Lav\u00adrov said.";
    const cleaned = cleanText(source, null);
    expect(cleaned.text).toBe("MUNICH (Sputnik) — The United States has started to understand, Lavrov said.");
    const at = cleaned.text.indexOf("rov said");
    expect(source.slice(sourceOffset(cleaned.map, at)!, sourceOffset(cleaned.map, at)! + 3)).toBe("rov");
  });

  it("maps every kept character back to the same character in the source", () => {
    const source = `Menu\r\n${LEDE}\r\n\r\n${SECOND}\n${THIRD}`;
    const cleaned = cleanText(source, null);
    for (let i = 0; i < cleaned.text.length; i++) {
      const back = sourceOffset(cleaned.map, i);
      if (back === null) expect(cleaned.text[i]).toBe("\n");
      else expect(source[back]).toBe(cleaned.text[i]);
    }
  });

  it("unwraps hard-wrapped plain text into paragraphs", () => {
    const wrapped = [
      "The French foreign minister said on Monday that Paris would",
      "table a new draft resolution on Mali at the Security Council",
      "next week.",
      "",
      "Diplomats said China and Russia had not yet indicated how they",
      "would vote on the draft.",
    ].join("\n");
    expect(paragraphs(cleanText(wrapped, null).text)).toEqual([LEDE, THIRD]);
  });

  it("drops a closing 'via' source line of a syndicated copy", () => {
    expect(cleanText(`${LEDE}\n${THIRD}\nvia France seeks UN vote on Mali.`, null).text).toBe(`${LEDE}\n\n${THIRD}`);
  });

  it("drops cookie banners, agency captions, archive notes and contributor lines", () => {
    const page = [
      "We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.",
      "This article is reproduced from the archive as originally published. Language of the time may be reflected.",
      "A general view of the Security Council as members vote on a draft resolution on Mali, in New York, March 4, 2013.",
      LEDE,
      "Sir Pierson Dixon raises his hand to cast the veto at the Security Council, New York, October 30, 1956. Archive photograph.",
      "Ambassador Linda Thomas-Greenfield votes against a draft resolution at U.N. headquarters in New York, October 18, 2023. REUTERS/Mike Segar",
      SECOND,
      "Reporting by Michelle Nichols; Editing by Alistair Bell",
      "Associated Press writer Matthew Lee contributed to this report from Washington.",
    ].join("\n\n");
    expect(paragraphs(cleanText(page, null).text)).toEqual([LEDE, SECOND]);
  });

  it("returns empty text for a page that is all chrome", () => {
    const cleaned = cleanText("Subscribe\nNewsfeed\n0\nlog in or register\n", null);
    expect(cleaned.text).toBe("");
    expect(cleaned.droppedShare).toBe(1);
  });
});

describe("a dateline line dropped with the header", () => {
  it("is kept aside as the dateline, never as article text", () => {
    const lede = "Freedonia and Borduria tonight vetoed a resolution in the Security Council which would have condemned them both.";
    const cleaned = cleanText(`Freedonia and Borduria veto force call\n\nFrom Our Own Correspondent, Borduria City, March 17\n\n${lede}`, "Freedonia and Borduria veto force call");
    expect(cleaned.text).toBe(lede);
    expect(cleaned.dateline).toBe("From Our Own Correspondent, Borduria City, March 17");
    expect(cleanText(lede, null).dateline).toBeNull();
  });
});
