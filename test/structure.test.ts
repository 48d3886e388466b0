// The layout: no file in src/ over 450 lines, and the README's layout table names the tree as it is.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');
const MAX_LINES = 450;
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function dirs(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((p) => statSync(p).isDirectory())
    .flatMap((p) => [p, ...dirs(p)]);
}

describe('src/', () => {
  it(`has no file over ${MAX_LINES} lines`, () => {
    const long = files(join(root, 'src'))
      .filter((p) => /\.tsx?$/.test(p))
      .map((p) => [relative(root, p), readFileSync(p, 'utf8').split('\n').length - 1] as const)
      .filter(([, n]) => n > MAX_LINES);
    expect(long).toEqual([]);
  });
});

describe("the README's layout table", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('## Layout'));
  const paths = [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);

  it('names only paths that exist', () => {
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((p) => !existsSync(join(root, p)))).toEqual([]);
  });

  it('names every folder of src/ and every top-level folder of the project', () => {
    const listed = new Set(paths.map((p) => p.replace(/\/$/, '')));
    const srcDirs = dirs(join(root, 'src')).map((p) => relative(root, p));
    const ignored = new Set(['node_modules', 'dist', 'coverage', 'test-output']);
    const top = readdirSync(root).filter((n) => !n.startsWith('.') && !ignored.has(n) && statSync(join(root, n)).isDirectory());
    expect([...srcDirs, ...top].filter((d) => !listed.has(d)).sort()).toEqual([]);
  });
});
