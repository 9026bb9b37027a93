tb=schools/thornbeck-primary/reviews/2026-10
sed -i '/^  commentary: |$/a\
    <script>alert(1)</script> <b>not bold</b> & "quoted" '"'"'single'"'"' R&D 5 > 3' "$tb/benchmark.yaml"
sed -i 's|^name: .*|name: "Thornbeck <i>Primary</i> \\"School\\" </style>"|' schools/thornbeck-primary/school.yaml
