/** Actor recognition: what `extract` and the pipeline use from this folder. */
export { recognizeActors } from "./recognizeActors";
export { mergeActors } from "./mergeActors";
export { actorAt } from "./actorAt";
export { resolveSpan } from "./resolveSpan";
export { roleOn } from "../../model/roleOn";
export { mentionBody } from "./mentionBody";
export { loadDictionary } from "./dictionary";
