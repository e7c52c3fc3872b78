// Framework typings for one widget package, generated from its custom-elements.json (run by
// the package's build, from the package folder; output goes to dist/, never committed):
//   dist/types/react.d.ts            JSX.IntrinsicElements for React 19: the element's
//                                    properties, and `onlt-…` event props, the names React 19
//                                    really listens with on a custom element
//   dist/types/vue.d.ts              GlobalComponents for Vue 3 (`@lt-…` listeners typed)
//   dist/vscode.html-custom-data.json  VS Code's HTML custom data (tags, attributes, values)
//   dist/web-types.json              JetBrains web-types
// Types come from the element class itself (HTMLElementTagNameMap) and the contract's
// HTMLElementEventMap, so they cannot drift from the code.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement);
const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (s) => camel(s).replace(/^[a-z]/, (c) => c.toUpperCase());
const doc = (text, indent) =>
  text ? `${indent}/** ${String(text).replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */\n` : '';
const props = (d) =>
  (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private');
const header = `// Generated from custom-elements.json by scripts/framework-types.mjs; do not edit.\nimport type {} from './index.js';\n`;

function propsType(d, eventKey) {
  const tag = d.tagName;
  const keys = props(d).map((m) => `'${m.name}'`);
  let t = `Partial<Pick<HTMLElementTagNameMap['${tag}'], ${keys.join(' | ') || 'never'}>> & {\n`;
  for (const e of d.events ?? []) {
    t += doc(e.description, '  ');
    t += `  '${eventKey(e.name)}'?: (event: HTMLElementEventMap['${e.name}']) => void;\n`;
  }
  return `${t}}`;
}

let react = `${header}import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n\n`;
let vue = `${header}import type { DefineComponent } from 'vue';\n\n`;
for (const d of elements) {
  const name = pascal(d.tagName);
  react += `${doc(d.summary ?? d.description, '')}export type ${name}Props = DetailedHTMLProps<\n  HTMLAttributes<HTMLElementTagNameMap['${d.tagName}']>,\n  HTMLElementTagNameMap['${d.tagName}']\n> &\n  ${propsType(d, (n) => `on${n}`)};\n\n`;
  vue += `${doc(d.summary ?? d.description, '')}export type ${name}VueProps = ${propsType(d, (n) => `on${pascal(n)}`)};\n\n`;
}
react += `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n${elements
  .map((d) => `      '${d.tagName}': ${pascal(d.tagName)}Props;`)
  .join('\n')}\n    }\n  }\n}\n`;
vue += `declare module 'vue' {\n  interface GlobalComponents {\n${elements
  .map((d) => `    '${d.tagName}': DefineComponent<${pascal(d.tagName)}VueProps>;`)
  .join('\n')}\n  }\n}\n`;

const values = (type) =>
  [...String(type ?? '').matchAll(/'([^']+)'/g)].map((m) => ({ name: m[1] }));
const vscode = {
  $schema:
    'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((d) => ({
    name: d.tagName,
    description: d.summary ?? d.description,
    attributes: (d.attributes ?? []).map((a) => ({
      name: a.name,
      description: a.description,
      ...(values(a.type?.text).length ? { values: values(a.type?.text) } : {}),
    })),
  })),
};
const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((d) => ({
        name: d.tagName,
        description: d.summary ?? d.description,
        attributes: (d.attributes ?? []).map((a) => ({
          name: a.name,
          description: a.description,
          value: { type: a.type?.text ?? 'string' },
        })),
        events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description })),
        js: {
          properties: props(d).map((m) => ({
            name: m.name,
            description: m.description,
            type: m.type?.text,
          })),
          events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description })),
        },
        css: {
          properties: (d.cssProperties ?? []).map((c) => ({
            name: c.name,
            description: c.description,
          })),
          parts: (d.cssParts ?? []).map((c) => ({ name: c.name, description: c.description })),
        },
      })),
    },
  },
};

mkdirSync('dist/types', { recursive: true });
writeFileSync('dist/types/react.d.ts', react);
writeFileSync('dist/types/vue.d.ts', vue);
writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify(vscode, null, 2) + '\n');
writeFileSync('dist/web-types.json', JSON.stringify(webTypes, null, 2) + '\n');
