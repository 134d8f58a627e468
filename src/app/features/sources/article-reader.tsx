/** One article's full text: blocks, furniture collapsed, entities marked, evidence underlined. */
import type { Article, Dataset } from '../../../shared/schema';
import { MarkedText } from '../../details/marked-text';
import { formatPartialDate } from '../../i18n/format';
import { useStore } from '../../state/store';
import { useVocab } from '../../shell/use-strings';
import { articleBlocks, blockParts, evidenceSpans } from './article-parts';
import { SOURCES_STRINGS } from './strings';

function Parts({
  article,
  start,
  end,
  spans,
}: {
  article: Article;
  start: number;
  end: number;
  spans: [number, number][];
}) {
  return (
    <>
      {blockParts({ start, end }, spans).map((p) => {
        const marked = (
          <MarkedText text={article.text} mentions={article.mentions} start={p.start} end={p.end} />
        );
        return p.evidence ? (
          <span key={p.start} className="evidence-span">
            {marked}
          </span>
        ) : (
          <span key={p.start}>{marked}</span>
        );
      })}
    </>
  );
}

export function ArticleReader({ dataset, article }: { dataset: Dataset; article: Article }) {
  const locale = useStore((s) => s.locale);
  const select = useStore((s) => s.select);
  const vocab = useVocab();
  const s = SOURCES_STRINGS[locale];
  const events = dataset.events.filter((e) => e.sources.some((x) => x.articleId === article.id));
  const spans = evidenceSpans(article, events);
  return (
    <article className="article-reader" lang={article.language} data-article-id={article.id}>
      <h2>{article.title}</h2>
      <p className="muted" lang={locale}>
        {article.published ? formatPartialDate(article.published, locale) : s.undated} ·{' '}
        {vocab(article.language)} · {article.outlet ?? s.outletUnknown} · {article.file}
      </p>
      <p className="legend" lang={locale}>
        {s.legend}{' '}
        {(['country', 'person', 'place', 'organisation', 'mineral', 'date'] as const).map((k) => (
          <mark key={k} className={`mention mention-${k}`}>
            {k}
          </mark>
        ))}{' '}
        <span className="evidence-span">{s.evidenceKey}</span>
      </p>
      {articleBlocks(article).map((b) =>
        b.kind === 'furniture' ? (
          <details key={b.start} className="furniture">
            <summary lang={locale}>{s.furniture}</summary>
            <p>{article.text.slice(b.start, b.end)}</p>
          </details>
        ) : (
          <p key={b.start} className={`block block-${b.kind}`}>
            <Parts article={article} start={b.start} end={b.end} spans={spans} />
          </p>
        ),
      )}
      {events.length > 0 && (
        <>
          <h3 lang={locale}>{s.events}</h3>
          <ul className="link-list" lang={locale}>
            {events.map((e) => (
              <li key={e.id}>
                <button type="button" className="link" onClick={() => select({ kind: 'event', id: e.id })}>
                  {formatPartialDate(e.date, locale)} · {vocab(e.type)} — {e.summary}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
