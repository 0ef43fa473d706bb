/**
 * Which gold story does an output event belong to? The output names its articles'
 * files; a story is a set of files. An event merged across articles (one veto reported
 * by two stories) belongs to every story it has evidence in, and is scored in each with
 * the evidence sentences from that story only.
 */
import type { EventFile, TimelineEvent } from "../model/contract";
import type { GoldStory } from "./gold";

export interface StoryEvent {
  event: TimelineEvent;
  /** The evidence sentences of this event that come from this story's files. */
  sentences: string[];
}

export interface StoryAssignment {
  /** Per gold story (same order as the gold), the output events with evidence in it. */
  byStory: StoryEvent[][];
  /** Events whose evidence lies in no annotated file: scored nowhere, reported. */
  unscored: TimelineEvent[];
}

export function assignToStories(output: EventFile, stories: readonly GoldStory[]): StoryAssignment {
  const storyOfFile = new Map<string, number>();
  stories.forEach((story, i) => story.files.forEach((file) => storyOfFile.set(file, i)));

  const storiesOfArticle = new Map<string, Set<number>>();
  for (const article of output.articles) {
    const found = new Set<number>();
    for (const file of article.files) {
      const i = storyOfFile.get(file);
      if (i !== undefined) found.add(i);
    }
    storiesOfArticle.set(article.id, found);
  }

  const byStory: StoryEvent[][] = stories.map(() => []);
  const unscored: TimelineEvent[] = [];
  for (const event of output.events) {
    const sentencesByStory = new Map<number, string[]>();
    for (const evidence of event.evidence) {
      for (const i of storiesOfArticle.get(evidence.article) ?? []) {
        const list = sentencesByStory.get(i) ?? [];
        list.push(evidence.sentence);
        sentencesByStory.set(i, list);
      }
    }
    if (sentencesByStory.size === 0) unscored.push(event);
    for (const [i, sentences] of sentencesByStory) byStory[i]?.push({ event, sentences });
  }
  return { byStory, unscored };
}
