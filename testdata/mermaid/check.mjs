// check.mjs FILE...: parses each file with Mermaid's own parser, without a
// browser, and prints "FILE: error" for each that does not parse (exit 1).
// Mermaid sanitises labels with DOMPurify, which needs a DOM that Node has
// not got; sanitising is irrelevant to syntax, so it is stubbed out before
// Mermaid loads. Mermaid's parse still builds the diagram's model, so a
// linkStyle index past the last edge fails as it would in a browser.
import { readFile } from 'node:fs/promises';
import DOMPurify from 'dompurify';

DOMPurify.addHook = () => {};
DOMPurify.removeHook = () => {};
DOMPurify.removeHooks = () => {};
DOMPurify.sanitize = (s) => s;
const { default: mermaid } = await import('mermaid');

let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const text = await readFile(file, 'utf8');
    await mermaid.parse(text);
  } catch (e) {
    failed++;
    console.log(`${file}: ${String(e.message ?? e).replace(/\n/g, '\n    ')}`);
  }
}
process.exit(failed ? 1 : 0);
