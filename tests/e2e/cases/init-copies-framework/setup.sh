src=$(cd "$(dirname "$0")/../../../.." && pwd)
cp "$src/examples/enquiry-cluster/frameworks/enquiry.yaml" ../ours.yaml
printf "# keep this line\n*.pdf\n" > .gitignore
