sed -i 's|^partnership: .*|partnership: "Dales <b>Learning</b> \& \\"Partnership\\" </style>"|' lateral.yaml
sed -i 's|^name: .*|name: "Kelderby <i>Academy</i> R\&D 5 > 3"|' schools/kelderby-academy/school.yaml
sed -i "s|^  - name: Joanna Pike|  - name: \"Joanna <script>alert('Pike')</script>\"|" schools/kelderby-academy/school.yaml
