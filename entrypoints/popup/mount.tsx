import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { handOverFirstScreen } from '@/utils/popup/hand-over';
import App from './App';

/**
 * The app, loaded after the first screen is painted (main.ts). With a painted screen it renders
 * out of sight, and takes the painted screen's place when it has the job's data in hand: one
 * swap, no skeleton in between.
 */
export function mountPopup(container: HTMLElement, painted: boolean) {
  const app = document.createElement('div');
  app.hidden = painted;
  container.append(app);
  createRoot(app).render(
    <StrictMode>
      <App onReady={painted ? () => handOverFirstScreen(container, app) : undefined} />
    </StrictMode>,
  );
}
