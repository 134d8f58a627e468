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

/** Path of an event type's symbol centred on 0,0 and about `px` across. */
export function typeSymbolPath(type: EventType, px: number): string {
  // d3 sizes symbols by area; a circle of diameter px has area π px²/4.
  return symbol(TYPE_SYMBOLS[type], (Math.PI * px * px) / 4)() ?? '';
}
