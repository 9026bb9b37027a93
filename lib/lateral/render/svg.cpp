// SVG drawing for the HTML documents (see svg.hpp).
#include "lateral/render/svg.hpp"

#include <fmt/format.h>

#include <cmath>

#include "lateral/render/html.hpp"
#include "lateral/render/markdown.hpp"
#include "lateral/text.hpp"

namespace lateral::svg {

std::string num(double v) {
  auto s = fmt::format("{:.1f}", std::round(v * 10) / 10);
  if (s.ends_with(".0")) s.resize(s.size() - 2);
  if (s == "-0") s = "0";
  return s;
}

double text_width(std::string_view t, double size) {
  // Capitals and wide letters are counted wider; 0.58 em on average is generous for sans-serif.
  double em = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if ((c & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte
    em += c == ' ' ? 0.3 : (c >= 'A' && c <= 'Z') || c == 'm' || c == 'w' ? 0.72 : c == 'i' || c == 'l' ? 0.3 : 0.56;
  }
  return em * size;
}

std::vector<std::string> wrap(std::string_view t, double width, double size) {
  std::vector<std::string> out;
  std::string current;
  const auto words = markdown::one_line(t);
  std::size_t start = 0;
  while (start < words.size()) {
    auto end = words.find(' ', start);
    if (end == std::string::npos) end = words.size();
    const auto word = words.substr(start, end - start);
    const auto candidate = current.empty() ? word : current + " " + word;
    if (!current.empty() && text_width(candidate, size) > width) {
      out.push_back(current);
      current = word;
    } else {
      current = candidate;
    }
    start = end + 1;
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

Picture::Picture(std::string id, double width, std::string title, std::string description)
    : id_(std::move(id)), title_(std::move(title)), description_(std::move(description)), width_(width) {}

Picture& Picture::operator<<(std::string_view markup) {
  body_ += markup;
  return *this;
}

std::string Picture::str() const {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" "
      "aria-labelledby=\"{id}-title {id}-desc\" font-family=\"system-ui, 'Noto Sans', 'Liberation Sans', Arial, "
      "sans-serif\" font-size=\"13\">\n<title id=\"{id}-title\">{title}</title>\n<desc id=\"{id}-desc\">{desc}</desc>\n"
      "{body}</svg>\n",
      fmt::arg("w", num(width_)), fmt::arg("h", num(height_)), fmt::arg("id", id_),
      fmt::arg("title", html::text(title_)), fmt::arg("desc", html::text(description_)), fmt::arg("body", body_));
}

std::string text(double x, double y, std::string_view s, double size, std::string_view attrs) {
  return fmt::format("<text x=\"{}\" y=\"{}\"{}{}{}>{}</text>\n", num(x), num(y),
                     size == 13 ? "" : fmt::format(" font-size=\"{}\"", num(size)), attrs.empty() ? "" : " ", attrs,
                     html::text(s));
}

std::string lines(double x, double y, const std::vector<std::string>& ls, double size, double leading,
                  std::string_view attrs) {
  std::string out;
  for (std::size_t i = 0; i < ls.size(); ++i) out += text(x, y + static_cast<double>(i) * leading, ls[i], size, attrs);
  return out;
}

std::string line(double x1, double y1, double x2, double y2, std::string_view attrs) {
  return fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" {}/>\n", num(x1), num(y1), num(x2), num(y2),
                     attrs.empty() ? "stroke=\"#555\"" : attrs);
}

std::string rect(double x, double y, double w, double h, std::string_view attrs) {
  return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {}/>\n", num(x), num(y), num(w), num(h),
                     attrs.empty() ? "fill=\"none\" stroke=\"#555\"" : attrs);
}

std::string team_mark(double cx, double cy) {
  return fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"6.5\" fill=\"#111\"/>\n", num(cx), num(cy));
}

std::string self_mark(double cx, double cy) {
  return fmt::format("<path d=\"M{} {}l10 10l-10 10l-10 -10z\" fill=\"none\" stroke=\"#111\" stroke-width=\"2\"/>\n",
                     num(cx), num(cy - 10));
}

std::string share_mark(double cx, double cy) {
  // A five-pointed star of outer radius 8.
  std::string d;
  for (int i = 0; i < 10; ++i) {
    const double r = i % 2 == 0 ? 8.5 : 3.6;
    const double a = -M_PI / 2 + i * M_PI / 5;
    d += fmt::format("{}{} {}", i == 0 ? "M" : "L", num(cx + r * std::cos(a)), num(cy + r * std::sin(a)));
  }
  return fmt::format("<path d=\"{}z\" fill=\"#111\"/>\n", d);
}

std::string defs(std::string_view id) {
  return fmt::format(
      "<defs><pattern id=\"{}-hatch\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" "
      "patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"#fff\"/>"
      "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#333\" stroke-width=\"2\"/></pattern></defs>\n",
      id);
}

std::string develop_mark(double cx, double cy, std::string_view defs_id) {
  return fmt::format("<path d=\"M{} {}l8.5 15h-17z\" fill=\"url(#{}-hatch)\" stroke=\"#111\" stroke-width=\"1.5\"/>\n",
                     num(cx), num(cy - 8.5), defs_id);
}

std::string legend_item(double& x, double y, const std::string& mark, std::string_view words) {
  auto out = mark + text(x + 14, y + 4.5, words, 12);
  x += 14 + text_width(words, 12) + 22;
  return out;
}

}  // namespace lateral::svg
