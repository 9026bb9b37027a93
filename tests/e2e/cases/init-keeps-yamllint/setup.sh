# The partnership's own yamllint settings, there before lateral.
printf 'extends: relaxed\n' > .yamllint
