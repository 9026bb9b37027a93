# The partnership's framework gained an evidence type after its schemas were written: the schemas
# that list evidence types no longer say what `lateral check` accepts.
sed -i 's/^evidence-types:$/evidence-types:\n  - id: governor-visit\n    name: Governor visit/' frameworks/fellside.yaml
grep -q 'governor-visit' frameworks/fellside.yaml
