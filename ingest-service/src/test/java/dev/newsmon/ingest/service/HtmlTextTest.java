package dev.newsmon.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void paragraphsBecomeBlankLineSeparatedText() {
        String html = "<p>First   paragraph with <b>bold</b> and <a href='x'>a link</a>.</p>"
                + "<p>Second&nbsp;one &amp; more.</p><div>Third<br>line two</div>";
        assertThat(HtmlText.toText(html)).isEqualTo(
                "First paragraph with bold and a link.\n\nSecond one & more.\n\nThird\nline two");
    }

    @Test
    void doubleLineBreaksSplitParagraphsAndNoiseIsDropped() {
        String html = "Intro text<br><br>Next part<script>alert(1)</script><style>p{}</style>"
                + "<figure><img src=a.jpg><figcaption>Photo: Agency</figcaption></figure><ul><li>one</li><li>two</li></ul>";
        assertThat(HtmlText.toText(html)).isEqualTo("Intro text\n\nNext part\n\none\n\ntwo");
    }

    @Test
    void plainTextKeepsItsParagraphsAndDecodesEntities() {
        assertThat(HtmlText.toText("Tom &amp; Jerry  met.\r\n\r\n\r\nThey talked.  "))
                .isEqualTo("Tom & Jerry met.\n\nThey talked.");
        assertThat(HtmlText.toText(null)).isEmpty();
        assertThat(HtmlText.toText("   ")).isEmpty();
    }

    @Test
    void wordsAcrossInlineTagsKeepTheirSpaces() {
        assertThat(HtmlText.toText("<p>The <em>minister</em> said <strong>no</strong>.</p>"))
                .isEqualTo("The minister said no.");
    }
}
