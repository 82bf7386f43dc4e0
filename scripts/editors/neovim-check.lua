-- Headless Neovim (0.7 or later) with its built-in LSP client: opens a
-- plan with a misspelt lead, waits for pfplan's diagnostics and prints
-- them; exits 0 when the typo's finding is there, 1 otherwise.
local pfplan = os.getenv("PFPLAN")
local plan = os.getenv("PLAN")
local templates = os.getenv("PFPLAN_TEMPLATES_DIR")

vim.cmd("edit " .. vim.fn.fnameescape(plan))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "pfplan",
  cmd = { pfplan, "lsp", "--templates", templates, "--as-of", "2025-06-01" },
  root_dir = vim.fn.fnamemodify(plan, ":h"),
})
if not client_id then
  io.stdout:write("FAIL: the client did not start\n")
  vim.cmd("cquit 1")
end
vim.lsp.buf_attach_client(bufnr, client_id)

local found = vim.wait(15000, function()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == "refs/unknown" then return true end
  end
  return false
end, 50)

for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  io.stdout:write(string.format("%s:%d:%d: [%s] %s\n", vim.fn.fnamemodify(plan, ":t"), d.lnum + 1, d.col + 1,
    tostring(d.code), (d.message:gsub("\n", " / "))))
end

local client = vim.lsp.get_client_by_id(client_id)
client.stop()
vim.wait(2000, function() return client.is_stopped() end, 50)
if found then
  io.stdout:write("OK: Neovim shows pfplan's finding for the misspelt lead\n")
  vim.cmd("qall!")
else
  io.stdout:write("FAIL: no refs/unknown diagnostic within 15 s\n")
  vim.cmd("cquit 1")
end
