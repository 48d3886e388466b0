// The linter's self-check: a deliberate violation of each layer rule, and an import cycle, written as scratch files
// where the rules apply, fail `npm run lint` (the ESLint of eslint.config.mjs); a clean scratch file passes. The
// scratch files are removed afterwards, on failure too.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(__dirname, '..');

interface Probe {
  file: string;
  code: string;
  /** The rules that must report this file (none: it must pass). */
  rules: string[];
}

const PROBES: Probe[] = [
  {
    file: 'src/engine/__lint_probe_engine.ts',
    code: "import { readFileSync } from 'node:fs';\nimport { docProps } from '../server/util';\nimport { CrmConfigError } from '../crm/url';\nexport const probe = [readFileSync, docProps, CrmConfigError];\n",
    rules: ['@typescript-eslint/no-restricted-imports'],
  },
  {
    file: 'src/crm/__lint_probe_crm.ts',
    code: "import { docProps } from '../server/util';\nexport const probe = docProps;\n",
    rules: ['@typescript-eslint/no-restricted-imports'],
  },
  {
    file: 'sidebar/__lint_probe_sidebar.ts',
    code: "import { MATCH_LABELS } from '../src/shared/labels';\nimport { MODE_LABELS } from '../src/engine/plan';\nexport const probe = [MATCH_LABELS, MODE_LABELS];\n",
    rules: ['@typescript-eslint/no-restricted-imports'],
  },
  {
    file: 'src/server/__lint_probe_cycle_a.ts',
    code: "import { b } from './__lint_probe_cycle_b';\nexport const a = (): number => b() + 1;\n",
    rules: ['import-x/no-cycle'],
  },
  {
    file: 'src/server/__lint_probe_cycle_b.ts',
    code: "import { a } from './__lint_probe_cycle_a';\nexport const b = (): number => (a.length ? 1 : 0);\n",
    rules: ['import-x/no-cycle'],
  },
  {
    file: 'src/engine/__lint_probe_clean.ts',
    code: "import { MATCH_LABELS } from '../shared/labels';\nexport const probe = MATCH_LABELS.email;\n",
    rules: [],
  },
];

describe('npm run lint', () => {
  afterAll(() => {
    for (const p of PROBES) rmSync(join(root, p.file), { force: true });
  });

  it('fails on a layer violation or an import cycle, and passes clean code', () => {
    for (const p of PROBES) {
      mkdirSync(join(root, p.file, '..'), { recursive: true });
      writeFileSync(join(root, p.file), p.code);
    }
    // The same ESLint and config `npm run lint` runs, in its own process (the config is an ES module).
    const run = spawnSync(process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', ...PROBES.map((p) => p.file)], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1); // lint errors
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; message: string }> }>;
    for (const p of PROBES) {
      const r = results.find((x) => x.filePath === join(root, p.file));
      expect(r).toBeDefined();
      const rules = [...new Set(r!.messages.map((m) => m.ruleId ?? m.message))].sort();
      expect({ file: p.file, rules }).toEqual({ file: p.file, rules: [...p.rules].sort() });
    }
    // Each layer rule names what was crossed.
    const engine = results.find((x) => x.filePath.endsWith('__lint_probe_engine.ts'))!;
    const said = engine.messages.map((m) => m.message).join('\n');
    expect(said).toMatch(/node:fs/);
    expect(said).toMatch(/src\/engine imports nothing from src\/server/);
    expect(said).toMatch(/src\/engine imports nothing from src\/crm/);
  }, 120_000);
});
