/**
 * One shape per event type, so the timeline and its legend tell kinds apart without relying on
 * colour alone (export control vermillion and tariff orange look alike to many colour-blind
 * viewers and on a washed-out projector).
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle } from 'd3';
import type { SymbolType } from 'd3';
import type { EventType } from '../../shared/vocab';

const TYPE_SYMBOLS: Record<EventType, SymbolType> = {
  meeting: symbolCircle,
  'export-control': symbolSquare,
  tariff: symbolDiamond,
  agreement: symbolTriangle,
  'military-incident': symbolCross,
};

/** Paths already made, by type and size: a timeline draws a thousand marks in a few sizes. */
const paths = new Map<string, string>();

/** Path of an event type's symbol centred on 0,0 and about `px` across. */
export function typeSymbolPath(type: EventType, px: number): string {
  const key = `${type}|${px}`;
  let path = paths.get(key);
  if (path === undefined) {
    if (paths.size > 1000) paths.clear();
    // d3 sizes symbols by area; a circle of diameter px has area π px²/4.
    paths.set(key, (path = symbol(TYPE_SYMBOLS[type], (Math.PI * px * px) / 4)() ?? ''));
  }
  return path;
}
