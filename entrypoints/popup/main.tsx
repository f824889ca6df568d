import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';
import '@/components/base.css';
import '@/components/popup/popup.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
