// Dossier's own lint rules (DESIGN.md "Layering rule" and "Conventions"):
// - layering: each folder imports only the layers below it, like VS Code's code-layering rule;
// - no-dynamic-sql: SQL text is never assembled from values (prepared statements only).
import { builtinModules } from 'node:module';
import { relative, resolve, dirname, sep } from 'node:path';

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** What each layer may import from this repository. */
export const ALLOWED_LAYERS = {
  shared: ['shared'],
  renderer: ['renderer', 'shared'],
  core: ['core', 'shared'],
  cli: ['cli', 'core', 'shared'],
  main: ['main', 'core', 'shared'],
  preload: ['preload', 'shared'],
};

/** Packages a layer may import (null = any package); Node built-ins are listed separately. */
const PACKAGE_RULES = {
  shared: { packages: ['zod'], node: false, electron: false },
  renderer: { packages: null, node: false, electron: false },
  core: { packages: null, node: true, electron: false },
  cli: { packages: null, node: true, electron: false },
  main: { packages: null, node: true, electron: true },
  preload: { packages: [], node: false, electron: true },
};

export function layerOf(file, root) {
  const rel = relative(root, file).split(sep).join('/');
  if (rel.startsWith('shared/')) return 'shared';
  if (rel.startsWith('renderer/')) return 'renderer';
  if (rel.startsWith('electron/core/')) return 'core';
  if (rel.startsWith('electron/cli/')) return 'cli';
  if (rel.startsWith('electron/main/')) return 'main';
  if (rel.startsWith('electron/preload/')) return 'preload';
  return null;
}

function packageName(source) {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const layering = {
  meta: {
    type: 'problem',
    docs: { description: 'enforce the import layering of DESIGN.md' },
    schema: [],
    messages: {
      layer: 'Bad layering: {{from}} may not import {{to}} (allowed: {{allowed}}).',
      node: 'Bad layering: {{from}} runs without Node; "{{source}}" is a Node module.',
      electron: 'Bad layering: {{from}} must not import electron (DESIGN.md: only main and preload do).',
      pkg: 'Bad layering: {{from}} may not import the package "{{source}}".',
      preloadApi: 'The preload may use only contextBridge and ipcRenderer from electron.',
    },
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const from = layerOf(file, root);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const target = layerOf(resolve(dirname(file), source), root);
        if (target && !ALLOWED_LAYERS[from].includes(target)) {
          context.report({ node, messageId: 'layer', data: { from, to: target, allowed: ALLOWED_LAYERS[from].join(', ') } });
        }
        return;
      }
      const rules = PACKAGE_RULES[from];
      if (NODE_BUILTINS.has(source) || NODE_BUILTINS.has(packageName(source))) {
        if (!rules.node) context.report({ node, messageId: 'node', data: { from, source } });
        return;
      }
      if (packageName(source) === 'electron') {
        if (!rules.electron) context.report({ node, messageId: 'electron', data: { from } });
        return;
      }
      if (rules.packages && !rules.packages.includes(packageName(source))) {
        context.report({ node, messageId: 'pkg', data: { from, source } });
      }
    };
    return {
      ImportDeclaration(node) {
        check(node, node.source.value);
        if (from === 'preload' && node.source.value === 'electron') {
          const ok = node.specifiers.every((s) => s.type === 'ImportSpecifier' && ['contextBridge', 'ipcRenderer'].includes(s.imported.name));
          if (!ok) context.report({ node, messageId: 'preloadApi' });
        }
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value);
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value);
      },
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node, node.arguments[0].value);
        }
      },
    };
  },
};

const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;
const SQL_METHODS = new Set(['prepare', 'exec', 'sql', 'pragma']);

const noDynamicSql = {
  meta: {
    type: 'problem',
    docs: { description: 'SQL text is built only from literals and UPPER_CASE constants' },
    schema: [],
    messages: {
      dynamic: 'SQL must not be assembled from values: use a parameter (?) or an UPPER_CASE constant fragment.',
    },
  },
  create(context) {
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || !SQL_METHODS.has(callee.property.name)) return;
        const arg = node.arguments[0];
        if (!arg) return;
        if (arg.type === 'TemplateLiteral') {
          const dynamic = arg.expressions.some((e) => !(e.type === 'Identifier' && CONSTANT_NAME.test(e.name)));
          // pragma('key = …') is the one place a value enters: the key, hex-encoded by us.
          if (dynamic && !(callee.property.name === 'pragma' && /^key=/.test(arg.quasis[0].value.raw))) {
            context.report({ node: arg, messageId: 'dynamic' });
          }
        } else if (arg.type === 'BinaryExpression' && arg.operator === '+') {
          context.report({ node: arg, messageId: 'dynamic' });
        }
      },
    };
  },
};

export default { rules: { layering, 'no-dynamic-sql': noDynamicSql } };
