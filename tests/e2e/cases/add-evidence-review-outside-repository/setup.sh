# A second repository beside this one.
cp -r . ../other
