/** Every source of an event: its sentence in the original language, entities marked, and a link. */
import type { Dataset, DiploEvent } from '../../shared/schema';
import { formatNumber, formatPartialDate } from '../i18n/format';
import { useStore } from '../state/store';
import { useShellStrings, useVocab } from '../shell/use-strings';
import { MarkedText } from './marked-text';

export function openArticle(id: string): void {
  const s = useStore.getState();
  s.setView('sources');
  s.select({ kind: 'article', id });
}

export function EvidenceList({ dataset, event }: { dataset: Dataset; event: DiploEvent }) {
  const t = useShellStrings();
  const vocab = useVocab();
  const locale = useStore((s) => s.locale);
  return (
    <ol className="evidence-list">
      {event.sources.map((src) => {
        const article = dataset.articles.find((a) => a.id === src.articleId);
        return (
          <li key={`${src.articleId}:${src.span.start}`} className="evidence">
            <blockquote lang={article?.language} className="evidence-sentence">
              {article ? (
                <MarkedText
                  text={article.text}
                  mentions={article.mentions}
                  start={src.span.start}
                  end={src.span.end}
                />
              ) : (
                src.sentence
              )}
            </blockquote>
            <p className="evidence-meta">
              {article && (
                <a
                  href={`#/sources?sel=article:${encodeURIComponent(article.id)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    openArticle(article.id);
                  }}
                >
                  {article.title}
                </a>
              )}{' '}
              {article && (
                <span className="muted">
                  · {vocab(article.language)} · {formatPartialDate(article.published, locale)}
                  {article.outlet ? ` · ${article.outlet}` : ''}
                </span>
              )}{' '}
              <span className="muted" title={t.evidence}>
                · {formatNumber(src.confidence, locale, { style: 'percent' })}
              </span>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
