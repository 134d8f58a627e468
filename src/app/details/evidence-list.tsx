/** Every source of an event: its sentence in the original language, entities marked, and a link. */
import type { Article, Dataset, DiploEvent, Evidence } from '../../shared/schema';
import { lookup } from '../data/lookup';
import { useArticleText } from '../data/texts';
import { formatNumber, formatPartialDate } from '../i18n/format';
import { useStore } from '../state/store';
import { useShellStrings, useVocab } from '../shell/use-strings';
import { MarkedText } from './marked-text';

export function openArticle(id: string): void {
  const s = useStore.getState();
  s.setView('sources');
  s.select({ kind: 'article', id });
}

/**
 * The sentence with its entities marked once the article's text is here; until then (or if it
 * cannot be loaded) the verbatim sentence the event carries, so the evidence always shows.
 */
function EvidenceSentence({ article, source }: { article: Article | undefined; source: Evidence }) {
  const text = useArticleText(article);
  if (text.status !== 'ready') return <>{source.sentence}</>;
  return (
    <MarkedText
      text={text.text.text}
      mentions={text.text.mentions}
      start={source.span.start}
      end={source.span.end}
    />
  );
}

export function EvidenceList({ dataset, event }: { dataset: Dataset; event: DiploEvent }) {
  const t = useShellStrings();
  const vocab = useVocab();
  const locale = useStore((s) => s.locale);
  return (
    <ol className="evidence-list">
      {event.sources.map((src) => {
        const article = lookup(dataset).article.get(src.articleId);
        return (
          <li key={`${src.articleId}:${src.span.start}`} className="evidence">
            <blockquote lang={article?.language} className="evidence-sentence">
              <EvidenceSentence article={article} source={src} />
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
