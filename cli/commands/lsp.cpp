// lateral lsp: the language server, for editors. The protocol lives in lsp/; this only starts it.
#include <iostream>

#include "../app.hpp"
#include "lsp/server.hpp"

namespace lateral::cli {

void setup_lsp(CLI::App& app, Session& session) {
  app.footer(
      "Speaks the Language Server Protocol 3.17 on stdin and stdout, for any editor: the diagnostics of\n"
      "`lateral check` for the files you have open (unsaved text included) as you type, quick fixes, and\n"
      "\"silence this rule here\". It finds the repository from the editor's workspace folder or the first\n"
      "file opened (--repo overrides), logs to stderr, and writes no file itself: an edit it offers is\n"
      "written by the editor when you accept it. It exits on the protocol's `exit` or when stdin closes.\n"
      "docs/editors.md sets it up for Neovim, VS Code, Helix and Emacs.\n\n"
      "Examples:\n"
      "  lateral lsp                          # started by the editor, not by hand\n"
      "  lateral --repo ../north-dales lsp    # a repository other than the workspace's");
  app.callback([&session] {
    lsp::ServerOptions options;
    if (auto repo = session.repo_option()) {
      std::error_code ec;
      if (!std::filesystem::is_directory(*repo, ec)) throw UsageError("--repo " + repo->string() + ": no such directory");
      options.root = std::filesystem::absolute(*repo, ec);
    }
    options.today = session.today();
    std::ios::sync_with_stdio(false);
    session.exit_code = lsp::serve(std::cin, std::cout, std::cerr, options);
  });
}

}  // namespace lateral::cli
