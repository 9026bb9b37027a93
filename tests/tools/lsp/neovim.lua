-- Drives `lateral lsp` from Neovim's built-in LSP client (0.7: vim.lsp.start_client), headless,
-- set up as docs/editors.md says:
-- opens files of a seeded copy of the example, compares the diagnostics with `check --format json`,
-- applies a quick fix, and sees a new unsaved evidence record clear an error in benchmark.yaml.
-- Every wait is bounded. Results go to $OUT, one line each; the exit status is the failure count.
local env = vim.env
local repo, out_file = env.REPO, env.OUT
local results, failures = {}, 0
local function check(ok, what, detail)
  table.insert(results, (ok and 'ok   ' or 'FAIL ') .. what .. ((not ok and detail) and ('\n     ' .. detail) or ''))
  if not ok then failures = failures + 1 end
end
local function finish()
  vim.fn.writefile(vim.split(table.concat(results, '\n'), '\n'), out_file)
  vim.cmd('cquit ' .. failures)
end

-- The client is started by the configuration docs/editors.md gives (run before this file), on
-- the first YAML file opened in the repository; diagnostics are counted on their way to it.
local published = {}  -- uri -> how many times diagnostics were published
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  published[result.uri] = (published[result.uri] or 0) + 1
  default_publish(err, result, ctx, config)
end

local bufs, order = {}, vim.split(env.FILES, ' ')
local function open(file)
  vim.cmd('edit ' .. vim.fn.fnameescape(repo .. '/' .. file))
  bufs[file] = vim.api.nvim_get_current_buf()
  return bufs[file]
end
for _, f in ipairs(order) do open(f) end
-- The client is listed for the buffer once the server has answered `initialize`.
local client_id
vim.wait(10000, function()
  for id, c in pairs(vim.lsp.buf_get_clients(bufs[order[1]])) do
    if c.name == 'lateral' then client_id = id end
  end
  return client_id ~= nil
end, 10)
check(client_id ~= nil, 'the configuration in docs/editors.md starts the server and attaches the buffers')
if not client_id then finish() end
local function uri(file) return vim.uri_from_bufnr(bufs[file]) end
for _, f in ipairs(order) do open(f) end
local all = vim.wait(10000, function()
  for _, f in ipairs(order) do if not published[uri(f)] then return false end end
  return true
end, 10)
check(all, 'diagnostics arrive for every open file')

-- The same diagnostics as `lateral check --format json`: position, end, severity, rule, message.
local expected = vim.fn.json_decode(table.concat(vim.fn.readfile(env.EXPECTED), '\n'))
local function described(line, col, end_line, end_col, severity, rule, message)
  return string.format('%d:%d-%d:%d %s[%s] %s', line, col, end_line, end_col, severity, rule, message)
end
local function got_for(file)
  local got = {}
  for _, d in ipairs(vim.diagnostic.get(bufs[file])) do
    table.insert(got, described(d.lnum + 1, d.col + 1, d.end_lnum + 1, d.end_col + 1,
      d.severity == 1 and 'error' or 'warning', d.code, d.message))
    check(d.source == 'lateral', file .. ': source is lateral')
  end
  table.sort(got)
  return got
end
for _, f in ipairs(order) do
  local want = {}
  for _, d in ipairs(expected) do
    if d.file == f then
      local message = d.message
      if d.hint ~= vim.NIL then message = message .. '\nhint: ' .. d.hint end
      table.insert(want, described(d.line, d.column, d.end_line, d.end_column, d.severity, d.rule, message))
    end
  end
  table.sort(want)
  local got = got_for(f)
  check(vim.deep_equal(want, got), f .. ': the diagnostics of check (' .. #want .. ')',
    'want:\n' .. table.concat(want, '\n') .. '\ngot:\n' .. table.concat(got, '\n'))
end

local bench = env.BENCHMARK

-- Requests at a position of a buffer: the result of lateral's answer.
local function ask(file, method, line, character, extra)
  local params = { textDocument = { uri = uri(file) }, position = { line = line, character = character } }
  for k, v in pairs(extra or {}) do params[k] = v end
  local response = vim.lsp.buf_request_sync(bufs[file], method, params, 5000)
  return response and response[client_id] and response[client_id].result
end
local function line_index(file, pattern)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(bufs[file], 0, -1, false)) do
    if l:find(pattern, 1, true) then return i - 1, l end
  end
end
local evidence_line, evidence_text = line_index(bench, 'evidence: [sh-1')
check(evidence_line ~= nil, 'the benchmark cites sh-1')
if evidence_line then
  local col = evidence_text:find('sh-1', 1, true) - 1
  -- Completion of the first id of the list: the review's records, the others cited left out.
  local items = ask(bench, 'textDocument/completion', evidence_line, col)
  items = items and (items.items or items) or {}
  local labels = {}
  for _, it in ipairs(items) do labels[it.label] = it end
  check(labels['jp-1'] ~= nil and labels['lb-3'] == nil, 'completion offers evidence ids, not those already cited',
    vim.inspect(vim.tbl_keys(labels)))
  check(labels['jp-1'] and labels['jp-1'].documentation ~= nil, 'an evidence id comes with its record')
  -- Hover on a cited id: the record.
  local h = ask(bench, 'textDocument/hover', evidence_line, col)
  check(h and h.contents and h.contents.value:find('**sh-1**', 1, true) == 1, 'hover on an evidence id shows the record',
    vim.inspect(h))
  -- Definition: the record's file.
  local d = ask(bench, 'textDocument/definition', evidence_line, col)
  check(d and d[1] and d[1].uri:sub(-#'evidence/sh-1.yaml') == 'evidence/sh-1.yaml', 'definition goes to the record',
    vim.inspect(d))
  -- References from the record: the judgements that cite it.
  local r = ask(bench, 'textDocument/references', evidence_line, col, { context = { includeDeclaration = false } })
  check(r and #r >= 1 and r[1].uri == uri(bench), 'references find the judgements that cite it', vim.inspect(r))
end
local level_line, level_text = line_index(bench, 'level: leading')
if level_line then
  local items = ask(bench, 'textDocument/completion', level_line, #level_text)
  items = items and (items.items or items) or {}
  local names = {}
  for _, it in ipairs(items) do table.insert(names, it.label) end
  table.sort(names)
  check(table.concat(names, ' ') == 'developing emerging established leading', 'completion of a level: the levels',
    table.concat(names, ' '))
end
local pd_line = line_index(bench, 'our-impact/personal-development:')
local aspect_hover = ask(bench, 'textDocument/hover', pd_line, 3)
check(aspect_hover and aspect_hover.contents.value:find('**Leading** (judged', 1, true) ~= nil,
  'hover on an aspect: its statements, the judged level marked', vim.inspect(aspect_hover))
local outline = vim.lsp.buf_request_sync(bufs[bench], 'textDocument/documentSymbol', { textDocument = { uri = uri(bench) } }, 5000)
outline = outline and outline[client_id] and outline[client_id].result or {}
check(#outline > 0 and outline[1].name == 'our-impact/outcomes', 'the outline lists the judgements by aspect',
  vim.inspect(outline[1]))

-- A quick fix: the misspelt level, corrected in the buffer by the code action lateral offers.
local target
for _, d in ipairs(vim.diagnostic.get(bufs[bench])) do
  if d.message:find('establised', 1, true) then target = d end
end
check(target ~= nil, 'the seeded level mistake is reported')
if target then
  local before = published[uri(bench)]
  local response = vim.lsp.buf_request_sync(bufs[bench], 'textDocument/codeAction', {
    textDocument = { uri = uri(bench) },
    range = { start = { line = target.lnum, character = target.col }, ['end'] = { line = target.lnum, character = target.col } },
    context = { diagnostics = {} },
  }, 5000)
  local actions = response and response[client_id] and response[client_id].result or {}
  local titles, fix, silence = {}, nil, nil
  for _, a in ipairs(actions) do
    table.insert(titles, a.title)
    if a.title == 'replace `establised` with `established`' then fix = a end
    if a.title == 'silence unknown-reference here' then silence = a end
  end
  check(fix ~= nil and silence ~= nil, 'code actions: the fix and "silence this rule here"', table.concat(titles, ' | '))
  if fix then
    vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
    local line = vim.api.nvim_buf_get_lines(bufs[bench], target.lnum, target.lnum + 1, false)[1]
    check(line == '  level: established', 'the fix edits the buffer', line)
    local cleared = vim.wait(5000, function()
      if published[uri(bench)] == before then return false end
      for _, d in ipairs(vim.diagnostic.get(bufs[bench])) do
        if d.message:find('establised', 1, true) then return false end
      end
      return true
    end, 10)
    check(cleared, 'after the edit, fresh diagnostics without the mistake')
  end
end

-- Another file's unsaved text counts: a new evidence record, not yet saved, is cited in benchmark.yaml.
local missing = env.MISSING_EVIDENCE
local function cites_missing()
  for _, d in ipairs(vim.diagnostic.get(bufs[bench])) do
    if d.message:find('no evidence record `' .. vim.fn.fnamemodify(missing, ':t:r') .. '`', 1, true) then return true end
  end
  return false
end
check(cites_missing(), 'the benchmark cites a record that does not exist yet')
open(missing)  -- a new file: the configuration attaches it too
vim.api.nvim_buf_set_lines(bufs[missing], 0, -1, false, vim.split(env.MISSING_TEXT, '\n'))
check(vim.wait(5000, function() return not cites_missing() end, 10),
  'an unsaved new evidence record clears the error in benchmark.yaml')

vim.lsp.stop_client(client_id)
check(vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 10),
  'the server exits on shutdown and exit')
finish()
