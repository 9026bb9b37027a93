# maps nested 40 deep
set -e
{ cat schools/hill-top-primary/reviews/2027-01/review.yaml; echo 'findings:'; for i in $(seq 1 40); do printf '%*sk%d:\n' $((i*2)) '' $i; done; } > schools/hill-top-primary/reviews/2027-01/review.yaml.new && mv schools/hill-top-primary/reviews/2027-01/review.yaml.new schools/hill-top-primary/reviews/2027-01/review.yaml
