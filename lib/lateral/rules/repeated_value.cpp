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
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& item = list[i];
    const std::string value = key(item.value);
    if (seen.insert(value).second) continue;
    auto& d = sink.report(about(file, fmt::format("{} {}", where, value)), file, item,
                          fmt::format("`{}` is already listed in {}", value, where), "remove this one: a value counts once");
    // The fix removes `, value` after the item before it, when both stand on one line of a flow list
    // with exactly a separator between them (`[a, b, a]`); a block list or anything else between
    // them is left to the reader.
    if (i == 0) continue;
    const auto& before = list[i - 1];
    const int end = before.mark.column + before.length;
    if (before.mark.line == item.mark.line && item.mark.column == end + 2)
      d.fix = Fix{fmt::format("remove the repeated `{}`", value),
                  {TextEdit{file, item.mark.line, end, item.mark.line, item.mark.column + item.length, ""}}};
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
