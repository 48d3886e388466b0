// A date cell is the day the sheet shows, whatever the time zone of the machine running the command line: an
// .xlsx date read by validate, imported by run and read back from the Contacts tab stays on its calendar day
// east and west of UTC (the engine's Dates are civil date-times; DEVELOPERS.md).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveXlsx, workbookFromRows } from '../../testbed';

jest.setTimeout(120_000);

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'contact-import.js');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ci-cli-tz-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], tz: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: tz };
  delete env.CONTACT_IMPORT_TOKEN;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const births = (json: string) =>
  (JSON.parse(json) as { rows: Array<{ contact: { dateOfBirth?: string } }> }).rows.map((r) => r.contact.dateOfBirth);

describe.each(['Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])('the process in %s', (tz) => {
  it('validate and run keep every date on its day', async () => {
    const book = join(dir, `dob-${tz.replace('/', '-')}.xlsx`);
    // The workbook's date cells: midnight of the day, as Sheets and Excel store a typed date (civil Dates).
    const days = ['1990-09-08', '1900-03-01', '2000-02-29', '2099-12-31'];
    const rows = days.map((d, i) => [`p${i}@example.com`, new Date(`${d}T00:00:00Z`)]);
    await saveXlsx(workbookFromRows({ Leads: [['Email', 'Date of birth'], ...rows] }), book);

    const v = cli(['validate', book, '--json'], tz);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
    expect(births(v.stdout)).toEqual(days);

    const out = join(dir, `out-${tz.replace('/', '-')}.xlsx`);
    const r = cli(['run', book, '--out', out, '--json'], tz);
    expect(r.code).toBe(0);
    const back = cli(['validate', out, '--sheet', 'Contacts', '--json'], tz);
    expect(back.code).toBe(0);
    expect(births(back.stdout)).toEqual(days);
  });
});
