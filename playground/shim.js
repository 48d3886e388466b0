// Injected into the served Sidebar.html before its own script: google.script.run and google.script.host,
// bridged to the server code running in Node (POST /api/run). Calls are asynchronous and never throw
// synchronously, like Apps Script's; the server runs them one at a time.
(function () {
  'use strict';
  function runner(ok, fail, user) {
    return new Proxy(
      {},
      {
        get: function (_t, prop) {
          if (prop === 'withSuccessHandler') return function (f) { return runner(f, fail, user); };
          if (prop === 'withFailureHandler') return function (f) { return runner(ok, f, user); };
          if (prop === 'withUserObject') return function (u) { return runner(ok, fail, u); };
          if (typeof prop !== 'string' || prop === 'then') return undefined;
          return function () {
            var args = Array.prototype.slice.call(arguments);
            fetch('/api/run', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ fn: prop, args: args }),
            })
              .then(function (res) { return res.json(); })
              .then(
                function (data) {
                  if (data && typeof data === 'object' && 'error' in data) {
                    var err = new Error(data.error);
                    err.name = 'ScriptError';
                    if (fail) fail(err, user);
                  } else if (ok) ok(data ? data.result : null, user);
                },
                function (e) {
                  if (fail) fail(new Error('NetworkError: ' + (e && e.message ? e.message : e)), user);
                },
              )
              .then(function () {
                // The page refreshes its grid after every server call.
                try { parent.postMessage({ type: 'ran', fn: prop }, location.origin); } catch (e) { /* standalone */ }
              });
          };
        },
      },
    );
  }
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        origin: location.origin,
        close: function () { parent.postMessage({ type: 'close' }, location.origin); },
        setHeight: function () {},
        setWidth: function () {},
        editor: { focus: function () { parent.postMessage({ type: 'focus' }, location.origin); } },
      },
    },
  };
})();
