mkdir -p site/schools/gone-primary
printf '# a site written by `lateral site`: it rewrites this directory\nindex.html\nschools/gone-primary/index.html\n' > site/.lateral-site
echo old > site/schools/gone-primary/index.html
echo old > site/index.html
echo mine > site/README.txt
