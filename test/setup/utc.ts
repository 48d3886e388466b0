// Apps Script runs a script in its manifest's time zone (appsscript.json: "Etc/UTC"), so `new Date(y, m, d)` and
// the local getters are UTC there. The tests run the same way, whatever the machine's TZ. Jest's `process.env` is a
// copy; the real one is what Date's local time follows (Node re-reads TZ when it is assigned).
import * as vm from 'node:vm';

(vm.runInThisContext('process') as NodeJS.Process).env.TZ = 'UTC';
