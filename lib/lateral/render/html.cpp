// HTML escaping and the page every document shares: the style sheet is inline and the same in
// every file, so a document is one file a head can mail, print or open from disk.
#include "lateral/render/html.hpp"

#include <fmt/format.h>

#include "lateral/render/markdown.hpp"

namespace lateral::html {
namespace {

// Screen first (a phone is 360 px wide), then A4 print: a running header with the school and
// the review, page numbers, themes on new pages, no table row or picture split across pages.
// On a phone a wide picture keeps its labels readable (at least 34rem wide: 12 px labels drawn on
// 640 show at 10 px) and scrolls sideways in its figure, which takes the keyboard focus for it.
// Colours are never the only signal: every mark in a picture also has a shape or a label, and
// the greys keep their contrast when printed in black and white.
constexpr std::string_view kStyle = R"(*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;max-width:48rem;padding:0 1rem 2rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;color:#111;background:#fff;overflow-wrap:break-word}
h1{font-size:1.7rem;line-height:1.25;margin:1.2rem 0 1rem}
h2{font-size:1.35rem;line-height:1.3;margin:2rem 0 .8rem;padding-bottom:.2rem;border-bottom:2px solid #333}
h3{font-size:1.12rem;line-height:1.3;margin:1.6rem 0 .6rem}
a{color:#0645ad}
table{border-collapse:collapse;width:100%;margin:.8rem 0 1.2rem;font-size:.92rem}
th,td{border:1px solid #777;padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th{background:#e8e8e8}
blockquote{margin:1rem 0;padding:.1rem 0 .1rem 1rem;border-left:4px solid #777;color:#222}
ul{padding-left:1.4rem}
td ul{margin:0;padding-left:1.1rem}
time,.nowrap{white-space:nowrap}
.notice{border:2px solid #111;padding:.6rem .9rem;margin:1rem 0;background:#f4f4f4}
.site-notice{font-size:.9rem;border-width:1px}
nav.site{font-size:.9rem;margin:.8rem 0;padding:.4rem 0;border-bottom:1px solid #999}
nav.site a{margin-right:1rem}
.statements li{margin:.3rem 0}
.judged{font-weight:700;border:2px solid #111;padding:.2rem .4rem;list-style:none;margin-left:-1.4rem}
.self{font-style:italic}
.mark{font-style:normal}
figure{margin:1rem 0 1.4rem;break-inside:avoid}
figure svg{display:block;width:100%;max-width:100%;height:auto}
.charts{display:flex;flex-wrap:wrap;gap:.8rem}
.charts figure{flex:1 1 15rem;max-width:22rem;margin:0}
figcaption{font-size:.88rem;color:#333;margin-top:.3rem}
.chart-title{font-weight:700;color:#111;margin:0 0 .2rem}
.action{border:1px solid #777;padding:.5rem .8rem;margin:.8rem 0;break-inside:avoid}
.action h3{margin:.1rem 0 .4rem;font-size:1.05rem}
.action dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:0}
.action dt{font-weight:700}
.action dd{margin:0}
.overdue{font-weight:700}
.legend{font-size:.88rem}
.wide{overflow-x:auto}
@media (max-width:30rem){body{padding:0 .6rem 1.5rem}figure.picture{overflow-x:auto}figure.picture svg{min-width:34rem}table{font-size:.8rem}th,td{padding:.2rem .25rem;overflow-wrap:anywhere}.action dl{grid-template-columns:1fr}.action dd{margin-bottom:.3rem}}
@page{size:A4;margin:20mm 16mm 18mm;@top-center{font:9pt sans-serif;color:#333}@bottom-right{content:"Page " counter(page) " of " counter(pages);font:9pt sans-serif;color:#333}}
@media print{body{max-width:none;padding:0;font-size:11pt}nav.site{display:none}a{color:inherit;text-decoration:none}.theme{break-before:page}h2,h3{break-after:avoid}tr,li,figure,blockquote,.action{break-inside:avoid}thead{display:table-header-group}.notice{background:none}}
)";

// A CSS string literal: quotes and backslashes escaped, `<` as a code so no `</style>` can end
// the style sheet early, line breaks as spaces.
std::string css_string(std::string_view text) {
  std::string out = "\"";
  for (char c : markdown::one_line(text)) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '<') {
      out += "\\3c ";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  return out;
}

std::string text(std::string_view t) { return escape(markdown::one_line(t)); }

std::string paragraphs(std::string_view t, std::string_view lead) {
  std::string out;
  bool first = true;
  for (const auto& p : markdown::plain_paragraphs(t)) {
    out += "<p>";
    if (first && !lead.empty()) {
      out += lead;
      out += ' ';
    }
    out += escape(p) + "</p>\n";
    first = false;
  }
  return out;
}

std::string quote(std::string_view t) {
  const auto inner = paragraphs(t);
  return inner.empty() ? std::string() : "<blockquote>\n" + inner + "</blockquote>\n";
}

std::string list(const std::vector<std::string>& items, std::string_view cls) {
  if (items.empty()) return {};
  std::string out = cls.empty() ? "<ul>\n" : fmt::format("<ul class=\"{}\">\n", cls);
  for (const auto& i : items) out += "<li>" + i + "</li>\n";
  return out + "</ul>\n";
}

std::string table_head(std::initializer_list<std::string_view> columns) {
  std::string out = "<table>\n<thead><tr>";
  for (auto c : columns) out += fmt::format("<th scope=\"col\">{}</th>", escape(c));
  return out + "</tr></thead>\n<tbody>\n";
}

std::string time(std::string_view iso, std::string_view shown) {
  return fmt::format("<time datetime=\"{}\">{}</time>", escape(iso), escape(shown));
}

std::string page(const Page& p) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"lateral\">\n";
  out += fmt::format("<title>{}</title>\n", text(p.title));
  out += "<style>\n";
  out += kStyle;
  out += fmt::format("@page{{@top-center{{content:{}}}}}\n", css_string(p.running));
  out += "</style>\n</head>\n<body>\n";
  if (!p.notice.empty()) out += p.notice;
  if (!p.nav.empty()) out += p.nav;
  out += "<main>\n" + p.body + "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace lateral::html
