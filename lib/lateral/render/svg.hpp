// The pieces lateral draws its pictures with: inline SVG that scales to the page, with a title and
// a text alternative, and marks that differ by shape, fill and label, never by colour alone, so a
// picture reads the same printed in grey and to a reader who does not see colours.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace lateral::svg {

// A coordinate or length as SVG text: at most one decimal, no trailing ".0".
std::string num(double v);

// The width text takes in the pictures' sans-serif font, estimated (a batch tool has no font
// metrics): generous, so labels are given room rather than overlap.
double text_width(std::string_view text, double size);
// Words laid out in lines no wider than `width`; a word longer than a line stands alone.
std::vector<std::string> wrap(std::string_view text, double width, double size);

// A picture under construction. `id` makes the title's and description's ids unique in the
// document; `title` names the picture and `description` says in words what it shows.
class Picture {
 public:
  Picture(std::string id, double width, std::string title, std::string description);
  // Appends SVG markup (already escaped).
  Picture& operator<<(std::string_view markup);
  void set_height(double h) { height_ = h; }
  double width() const { return width_; }
  std::string str() const;

 private:
  std::string id_, title_, description_, body_;
  double width_, height_ = 0;
};

// Shapes, each already positioned. Text is escaped here.
std::string text(double x, double y, std::string_view s, double size = 13, std::string_view attrs = {});
std::string lines(double x, double y, const std::vector<std::string>& ls, double size, double leading,
                  std::string_view attrs = {});
std::string line(double x1, double y1, double x2, double y2, std::string_view attrs = {});
std::string rect(double x, double y, double w, double h, std::string_view attrs = {});

// The marks the pictures share (each one also named in a legend):
std::string team_mark(double cx, double cy);      // the review team's judgement: a filled circle
std::string self_mark(double cx, double cy);      // the school's own view: a hollow diamond
std::string share_mark(double cx, double cy);     // practice to share: a filled star
// An area for development: a hatched triangle; the hatching is defined once per picture by defs().
std::string defs(std::string_view id);
std::string develop_mark(double cx, double cy, std::string_view defs_id);

// A legend row: mark then words, from (x, y); returns the markup and advances x.
std::string legend_item(double& x, double y, const std::string& mark_markup, std::string_view words);

}  // namespace lateral::svg
