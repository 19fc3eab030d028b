package dev.newsmon.events.articlefile;

/** An article file that breaks the format; the message names the file, the line and the rule. */
public class ArticleFileException extends IllegalArgumentException {

    private final String name;
    private final int line;

    public ArticleFileException(String name, int line, String rule) {
        super(name + (line > 0 ? ":" + line : "") + ": " + rule);
        this.name = name;
        this.line = line;
    }

    public String name() {
        return name;
    }

    /** 1-based line number, or 0 when the problem is not on one line (a missing key). */
    public int line() {
        return line;
    }
}
