/** The charts' label objects in the interface language, built from this feature's strings. */
import { VOCAB_LABELS } from '../../i18n/strings';
import { countryName, formatNumber, formatPartialDate } from '../../i18n/format';
import type { UiLocale } from '../../state/store';
import type { SankeyLabels } from '../../charts/sankey/sankey-types';
import type { TimelineLabels } from '../../charts/sankey/controls-timeline';
import { mineralName } from './mineral-names';
import { MINERALS_STRINGS } from './strings';

export function sankeyLabels(locale: UiLocale): SankeyLabels {
  const t = MINERALS_STRINGS[locale];
  return {
    country: (code) => countryName(code, locale),
    other: t.other,
    stage: (stage) => (stage === 'mine' ? t.mining : t.refining),
    // End-use names are the reference's own English words (data, like the source titles).
    endUse: (name) => name.charAt(0).toUpperCase() + name.slice(1),
    mineral: (id) => mineralName(id, locale),
    producers: t.producers,
    endUses: t.endUses,
    unallocated: t.unallocated,
    qualitative: t.qualitative,
    leading: t.leading,
    noEndUses: t.noEndUses,
    estimate: t.estimate,
    source: t.source,
    inTheNews: t.inTheNews,
    eventType: (type) => VOCAB_LABELS[locale][type] ?? type,
    number: (value) => formatNumber(value, locale, { maximumFractionDigits: value < 10 ? 1 : 0 }),
    percent: (value) => `${formatNumber(value, locale, { maximumFractionDigits: 1 })}%`,
  };
}

export function timelineLabels(locale: UiLocale): TimelineLabels {
  const t = MINERALS_STRINGS[locale];
  return {
    title: t.timelineTitle,
    reference: t.timelineRef,
    news: t.timelineNews,
    sourceLine: t.timelineSource,
    date: (iso) => formatPartialDate(iso, locale),
    year: (y) => formatNumber(y, locale, { useGrouping: false }),
    mineral: (id) => mineralName(id, locale),
  };
}
