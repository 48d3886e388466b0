// The playground page: a spreadsheet-like grid over the test bed's workbook snapshot, sheet tabs, the add-on's
// menu as onOpen() registered it, and the real Sidebar.html in an iframe. Plain browser JS, served as is.
// Every cell, header and note is set with textContent/title, never as HTML.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const state = { book: null, sheet: null, sel: { row: 1, col: 1 }, editing: null, menus: [], queue: Promise.resolve() };

  function colName(c) {
    let s = '';
    for (; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    return s;
  }
  function parseA1(a1) {
    const m = /(?:^|!)\$?([A-Z]+)\$?(\d+)/.exec(a1 || '');
    if (!m) return null;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]), col };
  }

  async function api(path, body) {
    const busy = $('busy');
    busy.classList.add('on');
    try {
      const res = await fetch(path, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const data = await res.json();
      if (!res.ok && !data.error) throw new Error(`HTTP ${res.status}`);
      return data;
    } finally {
      busy.classList.remove('on');
    }
  }

  function toast(msg) {
    const t = document.createElement('div');
    t.className = 'toast';
    t.setAttribute('role', 'status');
    t.textContent = msg;
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = 'Dismiss';
    b.onclick = () => t.remove();
    t.appendChild(b);
    document.body.appendChild(t);
    setTimeout(() => t.remove(), 8000);
  }
  /** Alerts and toasts the server code showed through the test bed's Ui: shown in the page, never window.alert. */
  function showUi(ui) {
    if (!ui) return;
    for (const a of ui.alerts || []) toast((a.title ? a.title + ': ' : '') + a.prompt);
    for (const t of ui.toasts || []) toast((t.title ? t.title + ': ' : '') + t.message);
    if (ui.sidebar) openSidebar(ui.sidebar.title);
  }

  // ---------------------------------------------------------------- workbook
  async function refresh() {
    const book = await api('/api/workbook');
    state.book = book;
    const active = book.sheets.find((s) => s.name === book.activeSheet) || book.sheets[0];
    // Another sheet starts at its top-left corner, as in Sheets.
    if (state.sheet && state.sheet.name !== active.name) $('gridwrap').scrollTo(0, 0);
    state.sheet = active;
    if (book.activeRange) {
      const [sheetPart] = book.activeRange.split('!');
      const name = sheetPart.replace(/^'|'$/g, '').replace(/''/g, "'");
      const ref = parseA1(book.activeRange);
      if (ref && (name === active.name || !book.activeRange.includes('!'))) state.sel = ref;
    }
    $('docTitle').textContent = book.name;
    renderTabs();
    // Never pull the grid from under a cell being edited; it is drawn again when the edit ends.
    if (!state.editing) renderGrid();
    renderFormulaBar();
  }

  function renderTabs() {
    const tabs = $('tabs');
    tabs.textContent = '';
    for (const s of state.book.sheets) {
      if (s.hidden) continue;
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'sheet-tab' + (s.name === state.sheet.name ? ' active' : '');
      b.textContent = s.name;
      b.setAttribute('aria-pressed', String(s.name === state.sheet.name));
      if (s.tabColor) b.style.boxShadow = `inset 0 -3px 0 ${s.tabColor}`;
      b.onclick = () => selectCell(s.name, 1, 1);
      tabs.appendChild(b);
    }
  }

  function renderGrid() {
    const s = state.sheet;
    const table = $('grid');
    table.textContent = '';
    const cols = Math.max(s.numColumns, Math.min(s.maxColumns, 8));
    const rows = Math.max(s.display.length, Math.min(s.maxRows, 30));
    const colgroup = document.createElement('colgroup');
    const c0 = document.createElement('col');
    c0.style.width = '46px';
    colgroup.appendChild(c0);
    for (let c = 0; c < cols; c++) {
      const col = document.createElement('col');
      col.style.width = `${Math.max(40, s.columnWidths[c] || 100)}px`;
      colgroup.appendChild(col);
    }
    table.appendChild(colgroup);
    const thead = document.createElement('thead');
    const hr = document.createElement('tr');
    const corner = document.createElement('th');
    corner.className = 'corner';
    hr.appendChild(corner);
    for (let c = 1; c <= cols; c++) {
      const th = document.createElement('th');
      th.textContent = colName(c);
      hr.appendChild(th);
    }
    thead.appendChild(hr);
    table.appendChild(thead);
    const tbody = document.createElement('tbody');
    for (let i = 0; i < rows; i++) {
      const r = s.startRow + i;
      const tr = document.createElement('tr');
      if (s.frozenRows && r === s.frozenRows) tr.className = 'frozen';
      const rh = document.createElement('th');
      rh.className = 'rowhead';
      rh.textContent = String(r);
      tr.appendChild(rh);
      for (let c = 1; c <= cols; c++) {
        const td = document.createElement('td');
        const key = `${r},${c}`;
        const text = (s.display[i] && s.display[i][c - 1]) || '';
        const raw = s.values[i] ? s.values[i][c - 1] : '';
        td.textContent = text;
        td.dataset.row = String(r);
        td.dataset.col = String(c);
        td.dataset.a1 = colName(c) + r;
        if (typeof raw === 'number') td.classList.add('num');
        const bg = s.backgrounds[key];
        if (bg) td.style.background = bg;
        const fc = s.fontColors[key];
        if (fc) td.style.color = fc;
        if (s.fontWeights[key] === 'bold') td.style.fontWeight = 'bold';
        const note = s.notes[key];
        if (note) {
          td.classList.add('note');
          td.dataset.note = note;
          td.setAttribute('aria-description', note);
        }
        if (r === state.sel.row && c === state.sel.col) td.classList.add('sel');
        tr.appendChild(td);
      }
      tbody.appendChild(tr);
    }
    table.appendChild(tbody);
  }

  function cellText(row, col) {
    const s = state.sheet;
    const i = row - s.startRow;
    const f = s.formulas[`${row},${col}`];
    if (f) return f;
    return (s.display[i] && s.display[i][col - 1]) || '';
  }

  function renderFormulaBar() {
    $('namebox').textContent = colName(state.sel.col) + state.sel.row;
    if (document.activeElement !== $('fbar')) $('fbar').value = cellText(state.sel.row, state.sel.col);
  }

  function serial(fn) {
    const p = state.queue.then(fn, fn);
    state.queue = p.catch(() => undefined);
    return p;
  }

  function selectCell(sheet, row, col) {
    state.sel = { row, col };
    return serial(async () => {
      await api('/api/select', { sheet, a1: colName(col) + row });
      await refresh();
    });
  }

  function commitEdit(row, col, value) {
    return serial(async () => {
      const r = await api('/api/edit', { sheet: state.sheet.name, row, col, value });
      if (r.error) toast(r.error);
      await refresh();
    });
  }

  function startEdit(td, initial) {
    if (state.editing) return;
    const row = Number(td.dataset.row);
    const col = Number(td.dataset.col);
    const input = document.createElement('input');
    input.setAttribute('aria-label', `Edit ${td.dataset.a1}`);
    input.value = initial !== undefined ? initial : cellText(row, col);
    state.editing = input;
    td.appendChild(input);
    input.focus();
    let done = false;
    const finish = (commit) => {
      if (done) return;
      done = true;
      state.editing = null;
      const v = input.value;
      input.remove();
      if (commit && v !== cellText(row, col)) void commitEdit(row, col, v);
      else renderGrid();
      $('gridwrap').focus();
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        finish(true);
      } else if (e.key === 'Escape') finish(false);
      e.stopPropagation();
    });
    input.addEventListener('blur', () => finish(true));
  }

  function cellAt(row, col) {
    return $('grid').querySelector(`td[data-row="${row}"][data-col="${col}"]`);
  }

  // ---------------------------------------------------------------- grid events
  const wrap = $('gridwrap');
  wrap.tabIndex = 0;
  wrap.addEventListener('click', (e) => {
    const td = e.target.closest('td');
    if (!td || state.editing) return;
    if (Number(td.dataset.row) === state.sel.row && Number(td.dataset.col) === state.sel.col) return;
    void selectCell(state.sheet.name, Number(td.dataset.row), Number(td.dataset.col));
  });
  wrap.addEventListener('dblclick', (e) => {
    const td = e.target.closest('td');
    if (td) startEdit(td);
  });
  wrap.addEventListener('keydown', (e) => {
    if (state.editing) return;
    const { row, col } = state.sel;
    const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (moves[e.key]) {
      e.preventDefault();
      const [dr, dc] = moves[e.key];
      void selectCell(state.sheet.name, Math.max(1, row + dr), Math.max(1, col + dc));
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      const td = cellAt(row, col);
      if (td) startEdit(td);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      void commitEdit(row, col, '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      const td = cellAt(row, col);
      if (td) startEdit(td, e.key);
    }
  });
  // Notes on hover, as Sheets shows them.
  const tip = $('tip');
  wrap.addEventListener('mouseover', (e) => {
    const td = e.target.closest('td.note');
    if (!td) {
      tip.hidden = true;
      return;
    }
    const r = td.getBoundingClientRect();
    tip.textContent = td.dataset.note;
    tip.style.left = `${Math.min(r.right + 4, window.innerWidth - 290)}px`;
    tip.style.top = `${r.top}px`;
    tip.hidden = false;
  });
  wrap.addEventListener('mouseleave', () => (tip.hidden = true));
  $('fbar').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void commitEdit(state.sel.row, state.sel.col, $('fbar').value);
      $('fbar').blur();
    } else if (e.key === 'Escape') {
      $('fbar').blur();
      renderFormulaBar();
    }
  });

  // ---------------------------------------------------------------- menus
  function closeMenus() {
    for (const m of document.querySelectorAll('.menu')) m.remove();
    for (const b of document.querySelectorAll('.menu-btn')) b.setAttribute('aria-expanded', 'false');
  }
  function addMenu(caption, entries) {
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'menu-btn';
    btn.textContent = caption;
    btn.setAttribute('aria-haspopup', 'menu');
    btn.setAttribute('aria-expanded', 'false');
    btn.onclick = (e) => {
      e.stopPropagation();
      const open = btn.getAttribute('aria-expanded') === 'true';
      closeMenus();
      if (open) return;
      btn.setAttribute('aria-expanded', 'true');
      const menu = document.createElement('div');
      menu.className = 'menu';
      menu.setAttribute('role', 'menu');
      menu.setAttribute('aria-label', caption);
      menu.style.left = `${btn.offsetLeft}px`;
      const walk = (items) => {
        for (const it of items) {
          if (it.type === 'separator') menu.appendChild(document.createElement('hr'));
          else if (it.type === 'submenu') walk(it.items);
          else {
            const b = document.createElement('button');
            b.type = 'button';
            b.setAttribute('role', 'menuitem');
            b.textContent = it.caption;
            b.onclick = () => {
              closeMenus();
              it.run();
            };
            menu.appendChild(b);
          }
        }
      };
      walk(entries);
      btn.parentElement.appendChild(menu);
      const first = menu.querySelector('button');
      if (first) first.focus();
    };
    $('menubar').appendChild(btn);
  }
  document.addEventListener('click', closeMenus);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeMenus();
  });

  function runMenuItem(functionName) {
    return serial(async () => {
      const r = await api('/api/menu', { fn: functionName });
      if (r.error) toast(r.error);
      showUi(r.ui);
      await refresh();
    });
  }

  async function buildMenus() {
    const info = await api('/api/info');
    $('menubar').textContent = '';
    addMenu('File', [{ type: 'item', caption: 'Download as .xlsx', run: () => (location.href = '/api/download') }]);
    for (const m of info.menus) {
      const wire = (items) => items.map((it) => (it.type === 'item' ? { ...it, run: () => runMenuItem(it.functionName) } : it.type === 'submenu' ? { ...it, items: wire(it.items) } : it));
      addMenu(m.caption, wire(m.items));
    }
    state.menus = info.menus;
    $('docSub').textContent = info.file ? `Opened from ${info.file}` : '';
    const crm = $('crmInfo');
    crm.textContent = '';
    if (info.crm) {
      crm.append('Test CRM running at ');
      const code = document.createElement('code');
      code.textContent = info.crm.url;
      crm.append(code);
      if (info.crm.hint) crm.append(` · ${info.crm.hint}`);
    }
  }

  // ---------------------------------------------------------------- sidebar
  function openSidebar(title) {
    $('side').hidden = false;
    $('sideTitle').textContent = title || 'Contact Import';
    // A fresh load each time the menu opens it, like Sheets.
    $('sidebar').src = `/sidebar?ts=${Date.now()}`;
  }
  $('sideClose').onclick = () => {
    $('side').hidden = true;
    $('sidebar').src = 'about:blank';
  };
  window.addEventListener('message', (e) => {
    if (e.origin !== location.origin || !e.data) return;
    if (e.data.type === 'ran') void serial(refresh);
    if (e.data.type === 'close') $('sideClose').onclick();
    if (e.data.type === 'focus') wrap.focus();
  });

  /** The add-on menu's item that shows the sidebar (showSidebar, the add-on's "Open sidebar"), if it has one. */
  function sidebarMenuItem() {
    const find = (items) => {
      for (const it of items) {
        if (it.type === 'item' && it.functionName === 'showSidebar') return it;
        const sub = it.type === 'submenu' ? find(it.items) : null;
        if (sub) return sub;
      }
      return null;
    };
    for (const m of state.menus) {
      const it = find(m.items);
      if (it) return it;
    }
    return null;
  }

  window.__playground = { refresh: () => serial(refresh), openSidebar };
  // At first sight the sidebar is open beside the grid, with its content: the page runs the add-on's own
  // "Open sidebar" item once, as a user would. Closed (×), it stays closed until the menu opens it again.
  void buildMenus()
    .then(() => serial(refresh))
    .then(() => {
      const item = sidebarMenuItem();
      return item ? runMenuItem(item.functionName) : undefined;
    });
})();
