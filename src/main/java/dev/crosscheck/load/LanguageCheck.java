package dev.crosscheck.load;

import dev.crosscheck.rules.Lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells an article that is not in the rules' language: a declared {@code lang} of another
 * language, or too few of the rules' language's stop words with another language's more
 * common (the lists are data: {@code lexicon/language.yaml}).
 */
final class LanguageCheck {

    private final Lexicon.Language language;

    LanguageCheck(Lexicon.Language language) {
        this.language = language;
    }

    /** Why {@code text} is not in the rules' language, or empty when it is (or cannot be told). */
    Optional<String> otherLanguage(String declared, String text) {
        String lang = declared.strip().toLowerCase(Locale.ROOT);
        if (!lang.isEmpty()) {
            String primary = lang.split("[-_]")[0];
            if (!primary.equals(language.code())) {
                Lexicon.Other other = language.others().get(primary);
                return Optional.of("declared as " + (other != null ? other.name() + " (" + declared.strip() + ")"
                        : "\"" + declared.strip() + "\""));
            }
            return Optional.empty();
        }
        int words = 0;
        int own = 0;
        Map<String, Lexicon.Other> others = language.others();
        String[] names = others.keySet().toArray(String[]::new);
        int[] counts = new int[names.length];
        int i = 0;
        int n = text.length();
        while (i < n && words < language.maxWords()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetter(text.charAt(j))) {
                j++;
            }
            String w = text.substring(i, j).toLowerCase(Locale.ROOT);
            words++;
            if (language.stopWords().contains(w)) {
                own++;
            }
            for (int k = 0; k < names.length; k++) {
                if (others.get(names[k]).stopWords().contains(w)) {
                    counts[k]++;
                }
            }
            i = j;
        }
        if (words < language.minWords() || own >= language.minRatio() * words) {
            return Optional.empty();
        }
        int best = -1;
        for (int k = 0; k < names.length; k++) {
            if (counts[k] > own && (best < 0 || counts[k] > counts[best])) {
                best = k;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "reads as %s (%d%% of its words are %s stop words, %d%% %s)",
                others.get(names[best]).name(), Math.round(100.0 * counts[best] / words), others.get(names[best]).name(),
                Math.round(100.0 * own / words), language.name()));
    }

    String rulesLanguage() {
        return language.name() + " (" + language.code() + ")";
    }
}
