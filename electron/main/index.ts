// Entry of the Electron main process (bundled to out/main/index.js).
import { startApp } from './start-app';

startApp({ mainDir: __dirname });
