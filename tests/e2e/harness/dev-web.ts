// `npm run dev:web`: the harness with a visible Chromium window, for working on the interface
// where no Electron binary can be had. Everything but Electron itself is the real app; rebuild
// with `npm run build` and reload the page to see changes. Ctrl+C ends it.
import { startHarness } from './harness';

const harness = await startHarness({ headless: process.env.DOSSIER_HEADLESS === '1' });
process.stdout.write(
  `Dossier is running in Chromium (user data in ${harness.standIn.recorder.userData}).\n` +
    'Lock by idle: this harness keeps the real idle monitor; close the window or press Ctrl+C to stop.\n',
);
const stop = async (): Promise<void> => {
  await harness.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
harness.page.on('close', () => void stop());
