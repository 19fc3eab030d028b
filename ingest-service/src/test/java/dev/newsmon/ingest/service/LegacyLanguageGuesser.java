package dev.newsmon.ingest.service;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language guess as it was before the single-pass rewrite (regex per word, lower-cased copies,
 * a set per language), kept unchanged as the reference the differential test compares against.
 */
final class LegacyLanguageGuesser {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by", "it", "said", "from", "has", "have", "are", "were"),
            "fr", Set.of("le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "dans", "pour", "sur", "au", "pas", "avec", "il", "qui", "ont", "été"),
            "de", Set.of("der", "die", "und", "das", "den", "von", "zu", "mit", "ist", "sich", "des", "nicht", "auf", "ein", "eine", "dem", "für", "wird", "auch", "im"),
            "es", Set.of("el", "los", "las", "y", "del", "en", "que", "por", "con", "una", "para", "es", "se", "al", "como", "más", "fue", "su", "lo", "han"),
            "it", Set.of("il", "di", "che", "e", "della", "per", "un", "non", "con", "del", "gli", "sono", "nel", "alla", "anche", "è", "ha", "dei", "delle", "una"),
            "pt", Set.of("o", "os", "de", "que", "do", "da", "em", "um", "para", "com", "não", "uma", "no", "na", "por", "mais", "foi", "dos", "ao", "das"),
            "nl", Set.of("de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "die", "aan", "er", "ook", "werd", "naar"));

    private LegacyLanguageGuesser() {
    }

    /** @return an ISO 639-1 code, or null when the text is short or ambiguous */
    static String guess(String text) {
        if (text == null || text.length() < 40) {
            return null;
        }
        Map<String, Integer> scores = new java.util.HashMap<>();
        var m = WORD.matcher(text.length() > 5000 ? text.substring(0, 5000) : text);
        int words = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            for (var e : STOPWORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    scores.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestScore = 0;
        int second = 0;
        for (var e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                second = bestScore;
                bestScore = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (best == null || bestScore < 3 || bestScore < words / 20 || bestScore < second * 1.5) {
            return null;
        }
        return best;
    }
}
