/** Entry point: fonts bundled from npm (no CDN, works offline), styles, and the app. */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans-bengali/400.css';
import '@fontsource/noto-sans-bengali/600.css';
import '@fontsource/noto-sans-devanagari/400.css';
import '@fontsource/noto-sans-devanagari/600.css';
import 'leaflet/dist/leaflet.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { loadDataset } from './data/load';
import { parseHash } from './state/url';

// What the first view needs starts at once, side by side, instead of one after the other: the
// data, and on the map (the default view) the map's code, which the view would otherwise ask for
// only once the data is in. Errors surface where the app awaits them.
loadDataset().catch(() => undefined);
if (parseHash(location.hash).view === 'map') import('./features/map/map-view').catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
