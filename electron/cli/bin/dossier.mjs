#!/usr/bin/env node
// `dossier` launcher (linked into node_modules/.bin through the @dossier/cli workspace, so
// `npx dossier` works in a fresh clone after `npm ci`): runs the bundled CLI, building it first if this checkout has not yet
// (the bundle is made by `npm ci` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const bundle = join(root, 'out/cli/dossier.mjs');
if (!existsSync(bundle)) await import(pathToFileURL(join(root, 'build/build-cli.mjs')).href);
await import(pathToFileURL(bundle).href);
