git init -q && git add -A && git -c user.name=fixture -c user.email=fixture@example.invalid commit -qm fixture
