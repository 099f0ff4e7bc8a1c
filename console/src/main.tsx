// TDesign's theme (colours, sizes as CSS variables) and base styles: components only bring their own rules.
import 'tdesign-react/es/style/index.css';
import { createRoot } from 'react-dom/client';
import { App } from './app';
// After the components: the console's layout rules win over TDesign's defaults of equal weight.
import './styles.css';

createRoot(document.getElementById('root')!).render(<App />);
