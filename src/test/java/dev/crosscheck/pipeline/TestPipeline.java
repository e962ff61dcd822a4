package dev.crosscheck.pipeline;

import dev.crosscheck.nlp.NlpModels;
import dev.crosscheck.rules.RuleLoader;
import dev.crosscheck.rules.RuleSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test support: the models and the project's rules, loaded once per test JVM. */
public final class TestPipeline {

    private static NlpModels models;
    private static RuleSet rules;

    private TestPipeline() {
    }

    public static synchronized NlpModels models() {
        if (models == null) {
            models = NlpModels.load();
        }
        return models;
    }

    public static synchronized RuleSet rules() {
        if (rules == null) {
            rules = RuleLoader.fromDirectory(java.nio.file.Path.of("rules"), "rules");
        }
        return rules;
    }

    public static Checker checker() {
        return new Checker(rules(), models(), 2);
    }

    /** Checks the texts as articles named a.txt, b.txt, ... */
    public static CheckResult check(String... texts) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            names.add((char) ('a' + i) + ".txt");
        }
        return checker().checkTexts(names, Arrays.asList(texts));
    }
}
