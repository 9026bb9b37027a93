# git's user.name names another team member: it must not be credited instead.
git init -q . && git config user.name "Ruth Calder"
