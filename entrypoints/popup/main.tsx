import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import App from './App';
import '@/components/base.css';
import '@/components/popup/popup.css';

// The page is written in the language of the messages the browser picked: say so, for screen readers and hyphenation.
document.documentElement.lang = i18n.t('meta_lang');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
