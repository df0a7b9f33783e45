// Entry of the Electron main process (bundled to out/main/index.cjs).
import { startApp } from './start-app';

startApp({ mainDir: __dirname });
