/** One article's full text: blocks, furniture collapsed, entities marked, evidence underlined. */
import type { Article, ArticleText, Dataset } from '../../../shared/schema';
import { lookup } from '../../data/lookup';
import { useArticleText } from '../../data/texts';
import { EventLinks } from '../../details/event-links';
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
  article: ArticleText;
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

function ArticleBody({
  text,
  spans,
  furniture,
  locale,
}: {
  text: ArticleText;
  spans: [number, number][];
  furniture: string;
  locale: string;
}) {
  return (
    <>
      {articleBlocks(text).map((b) =>
        b.kind === 'furniture' ? (
          <details key={b.start} className="furniture">
            <summary lang={locale}>{furniture}</summary>
            <p>{text.text.slice(b.start, b.end)}</p>
          </details>
        ) : (
          <p key={b.start} className={`block block-${b.kind}`}>
            <Parts article={text} start={b.start} end={b.end} spans={spans} />
          </p>
        ),
      )}
    </>
  );
}

export function ArticleReader({ dataset, article }: { dataset: Dataset; article: Article }) {
  const locale = useStore((s) => s.locale);
  const vocab = useVocab();
  const s = SOURCES_STRINGS[locale];
  const events = lookup(dataset).eventsOfArticle.get(article.id) ?? [];
  const spans = evidenceSpans(article, events);
  const text = useArticleText(article);
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
      {text.status === 'ready' ? (
        <ArticleBody text={text.text} spans={spans} furniture={s.furniture} locale={locale} />
      ) : text.status === 'loading' ? (
        <p className="loading" lang={locale}>
          {s.textLoading}
        </p>
      ) : (
        <p role="alert" className="error-box" lang={locale}>
          {s.textError} <code>{text.error.file}</code> {text.error.reason}
        </p>
      )}
      {events.length > 0 && (
        <>
          <h3 lang={locale}>{s.events}</h3>
          <EventLinks events={events} lang={locale} />
        </>
      )}
    </article>
  );
}
