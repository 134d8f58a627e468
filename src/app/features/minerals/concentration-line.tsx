/** Concentration at a glance for one stage: the top country's share, the top three and the HHI band. */
import { concentration } from '../../charts/concentration';
import { countryName, formatNumber } from '../../i18n/format';
import type { UiLocale } from '../../state/store';
import { fill } from '../../i18n/fill';
import { MINERALS_STRINGS } from './strings';

export interface ConcentrationLineProps {
  values: Record<string, number>;
  world: number;
  stage: 'mine' | 'refinery';
  unit: string;
  year: string;
  locale: UiLocale;
}

export function ConcentrationLine({ values, world, stage, unit, year, locale }: ConcentrationLineProps) {
  const t = MINERALS_STRINGS[locale];
  const c = concentration(values, world);
  if (!c) return null;
  const pct = (x: number) => `${formatNumber(x, locale, { maximumFractionDigits: 0 })}%`;
  const stageName = stage === 'mine' ? t.mining : t.refining;
  return (
    <p className={`mn-conc mn-${c.band}`} data-stage={stage} title={`${t.hhiHelp} ${unit}, ${year}`}>
      <strong>{stageName}:</strong>{' '}
      {fill(t.topShare, {
        country: countryName(c.top, locale),
        share: pct(c.topShare),
        stage: stageName.toLowerCase(),
      })}
      {' · '}
      {fill(t.top3, { share: pct(c.top3Share) })}
      {' · '}
      <span className="mn-hhi">{fill(t.hhi, { value: formatNumber(c.hhi, locale) })}</span>{' '}
      <em>{t[c.band]}</em>
    </p>
  );
}
