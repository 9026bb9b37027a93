// repeated-value: no list repeats a value (review days, focus themes, an evidence record's aspects,
// the evidence a judgement cites, the school's process feedback). Each repeat is reported where it
// is written, so removing that one item (the fix) leaves the list as meant.
#include "common.hpp"

#include <set>

namespace lateral::rules {
namespace {

template <class T, class Key>
void repeats(const std::string& file, const std::vector<Located<T>>& list, std::string_view where, Key key,
             RuleSink& sink) {
  std::set<std::string> seen;
  for (const auto& item : list) {
    const std::string value = key(item.value);
    if (seen.insert(value).second) continue;
    sink.report(about(file, fmt::format("{} {}", where, value)), file, item, fmt::format("`{}` is already listed in {}", value, where),
                "remove this one: a value counts once");
  }
}

std::string same(const std::string& s) { return s; }
std::string date_text(const Date& d) { return d.str(); }

}  // namespace

void check_repeated_value(const RuleContext& ctx, RuleSink& sink) {
  for_each_review(ctx.repo, [&](const School&, const Review& r) {
    if (r.plan.dates) repeats(r.plan.file, *r.plan.dates, "`dates`", date_text, sink);
    if (r.plan.themes) repeats(r.plan.file, *r.plan.themes, "`focus.themes`", same, sink);
    for (const auto& e : r.evidence)
      if (e.loaded && e.aspects) repeats(e.file, *e.aspects, "this record's `aspects`", same, sink);
    for (const auto& j : r.judgements)
      if (j.evidence)
        repeats(r.benchmark_file, *j.evidence, fmt::format("the evidence of {}", j.aspect.value), same, sink);
    if (r.process_feedback) {
      repeats(r.process_feedback->file, r.process_feedback->went_well, "`went-well`", same, sink);
      repeats(r.process_feedback->file, r.process_feedback->even_better_if, "`even-better-if`", same, sink);
    }
  });
}

}  // namespace lateral::rules
