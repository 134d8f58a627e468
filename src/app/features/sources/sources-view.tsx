/**
 * The Sources view: every article after the filters, and the chosen one's full text. The article
 * shown is the shared selection when it is an article (so `#/sources?sel=article:<id>` opens it).
 */
import { useState } from 'react';
import { lookup } from '../../data/lookup';
import { useDataset, useFilteredArticles } from '../../data/use-dataset';
import { formatNumber, formatPartialDate } from '../../i18n/format';
import { useStore } from '../../state/store';
import { ShowMore, useShowMore } from '../../shell/show-more';
import { useVocab } from '../../shell/use-strings';
import { ArticleReader } from './article-reader';
import { SOURCES_STRINGS } from './strings';

export default function SourcesView() {
  const dataset = useDataset();
  const articles = useFilteredArticles();
  const locale = useStore((s) => s.locale);
  const selection = useStore((s) => s.selection);
  const select = useStore((s) => s.select);
  const vocab = useVocab();
  const s = SOURCES_STRINGS[locale];
  // The open article follows an article selection but stays open when an entity in it is then
  // selected (state adjusted during render, as React's docs advise for derived state).
  const [openId, setOpenId] = useState<string | null>(selection?.kind === 'article' ? selection.id : null);
  if (selection?.kind === 'article' && selection.id !== openId) setOpenId(selection.id);
  const page = useShowMore(articles);
  const current = openId ? lookup(dataset).article.get(openId) : undefined;
  return (
    <section className="sources-view" aria-labelledby="sources-heading">
      <div className="sources-list-pane">
        <h1 id="sources-heading">
          {s.heading}{' '}
          <span className="muted">
            ({formatNumber(articles.length, locale)} {s.count})
          </span>
        </h1>
        {dataset.reports.length > 0 && (
          <details className="notice" data-testid="reports">
            <summary>
              {s.reports} ({formatNumber(dataset.reports.length, locale)})
            </summary>
            <ul>
              {dataset.reports.map((r, i) => (
                <li key={i}>
                  <code>{r.file}</code> — {r.level}: {r.reason}
                </li>
              ))}
            </ul>
          </details>
        )}
        <ul className="article-list" aria-label={s.listLabel}>
          {page.shown.map((a) => (
            <li key={a.id} data-article-id={a.id} className={a.id === current?.id ? 'active' : undefined}>
              <button
                type="button"
                className="article-item"
                aria-current={a.id === current?.id ? 'true' : undefined}
                onClick={() => select({ kind: 'article', id: a.id })}
              >
                <span className="article-title" lang={a.language}>
                  {a.title}
                </span>
                <span className="article-meta">
                  <span className="article-date">
                    {a.published ? formatPartialDate(a.published, locale) : s.undated}
                  </span>{' '}
                  · <span className="article-lang">{vocab(a.language)}</span>
                  {a.outlet ? <> · {a.outlet}</> : null}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <ShowMore shown={page.shown.length} total={articles.length} onMore={page.more} locale={locale} />
      </div>
      <div className="sources-reader-pane">
        {current ? <ArticleReader dataset={dataset} article={current} /> : <p className="muted">{s.pick}</p>}
      </div>
    </section>
  );
}
