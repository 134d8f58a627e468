import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { layoutSankey } from '../../../src/app/charts/sankey/sankey-layout';
import { SankeySvg } from '../../../src/app/charts/sankey/sankey-svg';
import { NO_NEWS } from '../../../src/app/charts/sankey/sankey-types';
import { mineralRef } from '../../../src/shared/reference/reference';

describe('SankeySvg({model})', () => {
  const ref = mineralRef('cobalt')!;
  const model = layoutSankey(ref, NO_NEWS, { width: 900, height: 500 });
  const svg = renderToStaticMarkup(<SankeySvg model={model} />);

  it('stands alone: xmlns, viewBox, size, data-chart and a title', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 900 500" width="900" height="500"/,
    );
    expect(svg).toContain('data-chart="sankey"');
    expect(svg).toContain('<title>Cobalt');
  });

  it('writes the unit, year and source line as SVG text', () => {
    expect(svg).toContain(`${ref.unit} · 2025 (estimate)`);
    expect(svg).toContain('Source: U.S. Geological Survey');
  });

  it('draws one rect per node and one path per link', () => {
    expect(svg.match(/<rect x=/g)).toHaveLength(model.nodes.length);
    expect(svg.match(/<path d=/g)).toHaveLength(model.links.length + model.qualitative.length);
  });

  it('offers no buttons without click handlers, and focusable nodes with them', () => {
    expect(svg).not.toContain('role="button"');
    const interactive = renderToStaticMarkup(<SankeySvg model={model} onNode={() => {}} />);
    const countries = model.nodes.filter((n) => n.kind === 'country' || n.kind === 'stage').length;
    expect(interactive.match(/role="button"/g)).toHaveLength(countries);
  });
});
