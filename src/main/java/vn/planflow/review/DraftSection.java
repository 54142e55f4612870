package vn.planflow.review;

/**
 * One section of a draft: a part, an article, a numbered section, a clause or a point.
 *
 * @param key stable path of its numbering ("II/2", "dieu-3/khoan-2/diem-a"), unique in the draft
 * @param label how an official names it ("Mục II.2", "Điều 3, khoản 2, điểm a")
 * @param level 1 for the top
 * @param heading the heading line as written
 * @param text the section's own body (not its subsections'), paragraphs joined with line breaks
 */
public record DraftSection(String key, String label, int level, String heading, String text) {
}
