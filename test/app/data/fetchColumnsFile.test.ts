import { describe, expect, it } from "vitest";
import { columnsUrlFor } from "../../../src/app/data/fetchColumnsFile";

describe("columnsUrlFor", () => {
  const page = "https://timeline.example.org/app/?data=x#/event/e-1";

  it("puts the columns file next to the event file, keeping its query", () => {
    expect(columnsUrlFor("events.json", page)).toBe("https://timeline.example.org/app/events.columns.bin");
    expect(columnsUrlFor("https://data.example.org/2024/Events.JSON?v=3", page)).toBe("https://data.example.org/2024/Events.columns.bin?v=3");
  });

  it("looks for none when the event file's path does not end in .json", () => {
    expect(columnsUrlFor("https://data.example.org/export?format=json", page)).toBeNull();
  });
});
