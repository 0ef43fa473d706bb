/** The mark for one event, by its subtype code (see SUBTYPES). */
import { SUBTYPES, isVetoCode } from "../../../model/columns/eventColumns";
import type { StatementSubtype, VetoSubtype } from "../../../model";
import type { Palette } from "../palette";
import { drawStatementMark } from "./statementMark";
import { drawVetoMark } from "./vetoMark";

export function drawEventMark(ctx: CanvasRenderingContext2D, x: number, y: number, code: number, palette: Palette): void {
  const subtype = SUBTYPES[code]!;
  if (isVetoCode(code)) drawVetoMark(ctx, x, y, subtype as VetoSubtype, palette);
  else drawStatementMark(ctx, x, y, subtype as StatementSubtype, palette);
}
