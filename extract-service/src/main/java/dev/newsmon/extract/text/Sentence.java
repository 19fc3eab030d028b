package dev.newsmon.extract.text;

/**
 * One sentence of an article body, with offsets into the article text (start inclusive, end
 * exclusive), so evidence can point back at the exact characters.
 *
 * @param index     position among the article's sentences
 * @param paragraph index of the paragraph (blocks separated by blank lines)
 * @param kind      what the line it came from looked like
 */
public record Sentence(int index, int start, int end, String text, int paragraph, Kind kind) {

    public enum Kind {
        /** Running text: tagged and mined for claims. */
        BODY,
        /** Photo caption: counts for tagging (it names what the article is about) but yields no claims. */
        CAPTION,
        /** Short line without final punctuation (sub-heading, navigation): tagging only. */
        HEADING
    }

    public boolean claimable() {
        return kind == Kind.BODY;
    }
}
