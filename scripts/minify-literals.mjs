// A Vite plugin that shrinks the text of Lit's css`` and html`` templates in our own sources
// before bundling: CSS loses comments and spaces the parser does not need; HTML loses the
// indentation after line breaks (one whitespace stays, so rendering is unchanged). Template
// positions come from TypeScript's parser, so strings, comments and regexes are never touched.
import ts from 'typescript';

// Quoted strings ('. ' in `content`) are kept as they are; only the CSS around them shrinks.
const squeezeCss = (text) =>
  text
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/;}/g, '}'),
    )
    .join('');
const squeezeHtml = (text) => text.replace(/\n[ \t]+/g, '\n').replace(/\n{2,}/g, '\n');

export function minifyLiterals(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const squeeze =
        node.tag.text === 'css' ? squeezeCss : node.tag.text === 'html' ? squeezeHtml : null;
      if (squeeze) {
        const t = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(t)
          ? [[t.getStart(source) + 1, t.end - 1]]
          : [
              [t.head.getStart(source) + 1, t.head.end - 2],
              ...t.templateSpans.map(({ literal }) => [
                literal.getStart(source) + 1,
                literal.end - (ts.isTemplateTail(literal) ? 1 : 2),
              ]),
            ];
        for (const [from, to] of parts) edits.push([from, to, squeeze]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [from, to, squeeze] of edits.sort((a, b) => b[0] - a[0]))
    out = out.slice(0, from) + squeeze(out.slice(from, to)) + out.slice(to);
  return out;
}

export const minifyLiteralsPlugin = () => ({
  name: 'lettilbud:minify-literals',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
    return { code: minifyLiterals(code, id), map: null };
  },
});
