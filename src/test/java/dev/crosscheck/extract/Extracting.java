package dev.crosscheck.extract;

import dev.crosscheck.load.ArticleLoader;
import dev.crosscheck.nlp.Annotator;
import dev.crosscheck.pipeline.TestPipeline;
import dev.crosscheck.rules.Lexicon;

/** Test support: runs load → NLP → extract over one text with the project's rules. */
final class Extracting {

    static final Lexicon LEXICON = TestPipeline.rules().lexicon();

    private Extracting() {
    }

    static ArticleClaims extract(String text) {
        Annotator annotator = new Annotator(TestPipeline.models(), LEXICON.names().glueWords());
        return new ClaimExtractor(LEXICON).extract(annotator.annotate(new ArticleLoader(LEXICON).parse("t.txt", text)));
    }
}
