// The browser component tests (vite.config.ts, project 'components') see the app's styles.
import './index.css';
