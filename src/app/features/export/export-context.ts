/**
 * What every export of a view says about itself, in the interface language: the date range,
 * the filters, the data vintage (the latest article's publication date), the export day, the
 * address of the view and a citation line. Pure: state and dataset in, texts out.
 */
import type { Dataset } from '../../../shared/schema';
import { entityName } from '../../details/names';
import { formatNumber, formatPartialDate } from '../../i18n/format';
import { VOCAB_LABELS } from '../../i18n/strings';
import type { Filters, UiLocale, View } from '../../state/store';
import { fill } from '../../i18n/fill';
import { EXPORT_STRINGS } from './strings';
import type { ExportStrings } from './strings';

export interface ExportContext {
  view: View;
  locale: UiLocale;
  filters: Filters;
  t: ExportStrings;
  /** Day of the export, "YYYY-MM-DD" (UTC). */
  date: string;
  /** Latest publication date among the dataset's articles, or null. */
  vintage: string | null;
  /** "Dates: all dates" / "Dates: Feb 2025 – Jun 2025". */
  datesText: string;
  /** "Filters: India, United States · held", or null with no filter. */
  filtersText: string | null;
  /** "Data vintage: 24 news articles (corpus …), the latest published …". */
  dataText: string;
  /** "Exported from Diplomap on …". */
  exportedText: string;
  url: string;
  /** The data's origin for the file's metadata (English, like the pipeline's own names). */
  pipelineSource: string;
  citation: (title: string) => string;
}

/** The latest publication date in the dataset: how recent the news behind the charts is. */
export function dataVintage(dataset: Dataset): string | null {
  return dataset.articles.reduce<string | null>(
    (a, x) => (x.published && (!a || x.published > a) ? x.published : a),
    null,
  );
}

export function describeFilters(f: Filters, dataset: Dataset, locale: UiLocale): string[] {
  const vocab = VOCAB_LABELS[locale];
  return [
    ...f.countries.map((id) => entityName(dataset, 'country', id, locale)),
    ...f.people.map((id) => entityName(dataset, 'person', id, locale)),
    ...f.minerals.map((id) => entityName(dataset, 'mineral', id, locale)),
    ...[...f.types, ...f.statuses, ...f.languages].map((id) => vocab[id] ?? id),
  ];
}

export function exportContext(
  state: { view: View; locale: UiLocale; filters: Filters },
  dataset: Dataset,
  url: string,
  now: Date,
): ExportContext {
  const { view, locale, filters } = state;
  const t = EXPORT_STRINGS[locale];
  const date = now.toISOString().slice(0, 10);
  const vintage = dataVintage(dataset);
  const from = filters.from && formatPartialDate(filters.from, locale);
  const to = filters.to && formatPartialDate(filters.to, locale);
  const range =
    from && to
      ? `${from} – ${to}`
      : from
        ? fill(t.since, { date: from })
        : to
          ? fill(t.until, { date: to })
          : t.allDates;
  const names = describeFilters(filters, dataset, locale);
  const datesText = fill(t.dates, { range });
  const filtersText = names.length ? fill(t.filters, { list: names.join(', ') }) : null;
  const dataText = fill(t.vintage, {
    articles: formatNumber(dataset.articles.length, locale),
    corpus: dataset.corpus,
    date: formatPartialDate(vintage, locale),
  });
  const day = formatPartialDate(date, locale);
  return {
    view,
    locale,
    filters,
    t,
    date,
    vintage,
    datesText,
    filtersText,
    dataText,
    exportedText: fill(t.exported, { date: day }),
    url,
    pipelineSource: `Diplomap pipeline: events extracted from ${dataset.articles.length} news articles (corpus "${dataset.corpus}", latest published ${vintage ?? 'unknown'})`,
    citation: (title) =>
      fill(t.citation, {
        title,
        filters: [datesText, filtersText ?? t.noFilters].join('; '),
        data: dataText,
        date: day,
        url,
      }),
  };
}
