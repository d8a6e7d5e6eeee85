// Renderer entry: mounts the app, inside team sync's state (shared by the toolbar and the editor).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { SyncProvider } from './sync/sync-state';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SyncProvider>
      <App />
    </SyncProvider>
  </StrictMode>,
);
