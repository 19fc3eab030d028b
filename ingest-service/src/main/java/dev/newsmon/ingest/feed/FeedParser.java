package dev.newsmon.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * Reads RSS 0.9x, 1.0, 2.0 and Atom with Rome. The XML is parsed by a SAX builder we configure
 * ourselves (no DOCTYPE at all, no external entities, no external DTD), so an XXE attempt fails
 * instead of resolving; Rome then maps the document.
 */
public final class FeedParser {

    private FeedParser() {
    }

    /** A hardened SAX builder; feed XML never legitimately needs a DOCTYPE. */
    public static SAXBuilder hardenedBuilder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        return builder;
    }

    /** Parses the XML with the hardened builder; the reader detects the charset from BOM, prolog and Content-Type. */
    public static Document parseXml(byte[] body, String contentType) {
        try (Reader reader = contentType == null
                ? new XmlReader(new ByteArrayInputStream(body), true)
                : new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            return hardenedBuilder().build(reader);
        } catch (JDOMException | IOException e) {
            throw new FeedParseException("not well-formed XML: " + firstLine(e.getMessage()), e);
        }
    }

    public static ParsedFeed parse(byte[] body, String contentType, String baseUrl) {
        Document document = parseXml(body, contentType);
        WireFeed wire;
        try {
            WireFeedInput input = new WireFeedInput(false, Locale.ROOT);
            input.setAllowDoctypes(false);
            wire = input.build(document);
        } catch (FeedException | IllegalArgumentException e) {
            throw new FeedParseException("not an RSS or Atom feed: " + firstLine(e.getMessage()), e);
        }
        int ttl = wire instanceof Channel channel ? Math.max(0, channel.getTtl()) : 0;
        SyndFeed feed = new SyndFeedImpl(wire);
        String feedLanguage = feed.getLanguage();
        if (feedLanguage == null) {
            DCModule dc = (DCModule) feed.getModule(DCModule.URI);
            feedLanguage = dc == null ? null : dc.getLanguage();
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(toItem(entry, baseUrl));
        }
        return new ParsedFeed(wire.getFeedType(), blankToNull(feed.getTitle()), blankToNull(feedLanguage), ttl, items);
    }

    private static FeedItem toItem(SyndEntry entry, String baseUrl) {
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        String link = resolve(baseUrl, entry.getLink());
        String guid = blankToNull(entry.getUri());
        String summary = entry.getDescription() == null ? null : entry.getDescription().getValue();
        String content = null;
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                content = c.getValue();
                break;
            }
        }
        String author = blankToNull(entry.getAuthor());
        if (author == null && dc != null) {
            author = blankToNull(dc.getCreator());
        }
        return new FeedItem(link, guid, blankToNull(entry.getTitle()), author, instant(entry.getPublishedDate()),
                instant(entry.getUpdatedDate()), dc == null ? null : instant(dc.getDate()), summary, content,
                dc == null ? null : blankToNull(dc.getLanguage()));
    }

    private static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return base == null ? link.strip() : URI.create(base).resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
